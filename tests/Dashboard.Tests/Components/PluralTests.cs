using Dashboard.Components;

namespace Dashboard.Tests.Components;

public sealed class PluralTests
{
    [Theory]
    [InlineData(0, "0 articles")]
    [InlineData(1, "1 article")]
    [InlineData(2, "2 articles")]
    [InlineData(-1, "-1 articles")]
    public void Count_RegularNoun_SingularOnlyForOne(int count, string expected) => Assert.Equal(expected, Plural.Count(count, "article"));

    [Fact]
    public void Count_IrregularNoun_UsesTheGivenPlural()
    {
        Assert.Equal("1 story", Plural.Count(1, "story", "stories"));
        Assert.Equal("3 stories", Plural.Count(3, "story", "stories"));
    }
}
