using Dashboard.Stories;

namespace Dashboard.Tests.Stories;

public sealed class BCubedTests
{
    [Fact]
    public void Score_HandComputedExample_MatchesByHand()
    {
        // Gold: {1,2,3} = A, {4,5} = B.  Predicted: {1,2} = x, {3,4,5} = y.
        // Precision per item: 1: 2/2, 2: 2/2, 3: 1/3 (only itself is A in y), 4: 2/3, 5: 2/3 → (1+1+1/3+2/3+2/3)/5 = 11/15.
        // Recall per item:    1: 2/3, 2: 2/3, 3: 1/3, 4: 2/2, 5: 2/2 → (2/3+2/3+1/3+1+1)/5 = 11/15.
        // F1 = 11/15.
        var score = BCubed.Score(["A", "A", "A", "B", "B"], ["x", "x", "y", "y", "y"]);

        Assert.Equal(11.0 / 15, score.Precision, 12);
        Assert.Equal(11.0 / 15, score.Recall, 12);
        Assert.Equal(11.0 / 15, score.F1, 12);
    }

    [Fact]
    public void Score_AllInOneCluster_FullRecallLowPrecision()
    {
        // Gold {1,2} = A, {3} = B, {4} = C; everything predicted together.
        // Precision: 1,2: 2/4 each; 3,4: 1/4 each → (0.5+0.5+0.25+0.25)/4 = 0.375. Recall 1. F1 = 0.75/1.375 = 6/11.
        var score = BCubed.Score(["A", "A", "B", "C"], [1, 1, 1, 1]);

        Assert.Equal(0.375, score.Precision, 12);
        Assert.Equal(1.0, score.Recall, 12);
        Assert.Equal(6.0 / 11, score.F1, 12);
    }

    [Fact]
    public void Score_IdenticalPartitionsDifferentNames_Perfect()
    {
        var score = BCubed.Score(["A", "A", "B"], [7L, 7L, 9L]);

        Assert.Equal(new BCubedScore(1, 1, 1), score);
    }

    [Fact]
    public void Score_DifferentLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => BCubed.Score(["A"], [1, 2]));
}
