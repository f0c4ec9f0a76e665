using Dashboard.Live;
using Dashboard.Tests.Configuration;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Live;

public sealed class HubSubscriptionValidatorTests
{
    private readonly HubSubscriptionValidator _validator = new(Options.Create(ValidOptions.Create()));

    [Fact]
    public void Validate_MixedCaseIds_NormalisedToConfiguredCasing()
    {
        var subscription = _validator.Validate(" US-China ", ["CHINA", "china", "Unclassified"]);

        Assert.Equal("us-china", subscription.Topic);
        Assert.Equal(["china", "unclassified"], subscription.Perspectives!.Order());
    }

    [Fact]
    public void Validate_NullOrEmptyPerspectives_AllPerspectives()
    {
        Assert.Null(_validator.Validate("taiwan-strait", null).Perspectives);
        Assert.Null(_validator.Validate("taiwan-strait", []).Perspectives);
    }

    [Fact]
    public void Validate_UnknownTopic_HubExceptionNamingIt()
    {
        var e = Assert.Throws<HubException>(() => _validator.Validate("atlantis", null));

        Assert.Equal("hub: unknown topic 'atlantis' (known: us-china, taiwan-strait)", e.Message);
    }

    [Fact]
    public void Validate_UnknownPerspective_HubExceptionListingKnown()
    {
        var e = Assert.Throws<HubException>(() => _validator.Validate("us-china", ["us", "jp"]));

        Assert.Equal("hub: unknown perspective 'jp' (known: us, china, unclassified)", e.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_MissingTopic_HubException(string? topic)
    {
        Assert.Equal("hub: a topic is required", Assert.Throws<HubException>(() => _validator.Validate(topic, null)).Message);
    }

    [Fact]
    public void Validate_HugeUnknownTopic_MessageClipped()
    {
        var e = Assert.Throws<HubException>(() => _validator.Validate(new string('x', 10_000), null));

        Assert.True(e.Message.Length < 200, e.Message);
    }
}
