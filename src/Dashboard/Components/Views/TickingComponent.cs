using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Views;

/// <summary>Re-renders itself every second (clock, "updated N s ago") without re-rendering its parent.</summary>
public abstract class TickingComponent : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _cts = new();

    [Inject] protected TimeProvider Time { get; set; } = null!;

    protected DateTime Now => Time.GetUtcNow().UtcDateTime;

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender) _ = TickAsync();
    }

    private async Task TickAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), Time);
            while (await timer.WaitForNextTickAsync(_cts.Token)) await InvokeAsync(StateHasChanged);
        }
        catch (OperationCanceledException) { }
    }

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
