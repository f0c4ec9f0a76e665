namespace Dashboard.Configuration;

public sealed partial class DashboardOptionsValidator
{
    /// <summary>The demo's release schedule and perspective mode (its database path is checked with Storage's).</summary>
    private static void CheckDemo(DemoOptions demo, ConfigurationProblems problems)
    {
        // At least each feed's newest item at start, so no preset range starts empty.
        AtLeast(problems, "Demo:InitialItems", demo.InitialItems, 1);
        AtLeast(problems, "Demo:ItemsPerStep", demo.ItemsPerStep, 1);
        AtLeast(problems, "Demo:StepSeconds", demo.StepSeconds, 1);
        if (!Enum.IsDefined(demo.PerspectiveMode))
            problems.Add("Demo:PerspectiveMode", $"unknown mode '{demo.PerspectiveMode}' (use Fallback or Override)");
    }
}
