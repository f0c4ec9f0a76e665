namespace Dashboard.Stories;

/// <summary>
/// The held articles' quantized embeddings side by side in one array, with their scales, times and owners in
/// parallel arrays: the scan over every held article at placement reads memory in order instead of following
/// three references per article. Freed slots are reused.
/// </summary>
internal sealed class VectorArena(int dimensions)
{
    private sbyte[] _data = new sbyte[dimensions * 1024];
    private float[] _scales = new float[1024];
    private long[] _ticks = new long[1024];
    private StoryArticle?[] _owners = new StoryArticle?[1024];
    private double[] _cosines = new double[1024];
    private int[] _cosineVisits = new int[1024];
    private readonly Stack<int> _free = new();

    /// <summary>Slots in use or freed: the scan's range.</summary>
    public int Length { get; private set; }

    public int Dimensions => dimensions;

    public int Add(QuantizedVector vector, StoryArticle owner)
    {
        if (vector.Values.Length != dimensions) throw new ArgumentException($"a vector of {vector.Values.Length} dimensions in an arena of {dimensions}");
        if (!_free.TryPop(out var slot))
        {
            slot = Length++;
            if (slot == _owners.Length) Grow();
        }
        vector.Values.CopyTo(_data.AsSpan(slot * dimensions, dimensions));
        (_scales[slot], _ticks[slot], _owners[slot], _cosineVisits[slot]) = (vector.Scale, owner.SortAt.Ticks, owner, 0);
        return slot;
    }

    public void Remove(int slot)
    {
        _owners[slot] = null;
        _free.Push(slot);
    }

    /// <summary>The TF-IDF cosine of the slot's article with the article being placed (placement number <paramref name="visit"/>).</summary>
    public void SetCosine(int slot, double cosine, int visit) => (_cosines[slot], _cosineVisits[slot]) = (cosine, visit);

    /// <summary>
    /// Adds to <paramref name="tied"/> every held article within ±<paramref name="windowTicks"/> of
    /// <paramref name="ticks"/> whose blended similarity with <paramref name="query"/> reaches <paramref name="threshold"/>.
    /// </summary>
    public void Scan(QuantizedVector query, long ticks, long windowTicks, double embeddingWeight, double threshold, int visit, List<StoryArticle> tied)
    {
        var values = query.Values;
        var scale = query.Scale * embeddingWeight;
        var lexical = 1 - embeddingWeight;
        for (var slot = 0; slot < Length; slot++)
        {
            if (_owners[slot] is not { } owner || Math.Abs(_ticks[slot] - ticks) > windowTicks) continue;
            var embedding = QuantizedVector.DotInt(_data.AsSpan(slot * dimensions, dimensions), values) * _scales[slot] * scale;
            var cosine = _cosineVisits[slot] == visit ? _cosines[slot] : 0;
            if (embedding + lexical * cosine >= threshold) tied.Add(owner);
        }
    }

    private void Grow()
    {
        var size = _owners.Length * 2;
        Array.Resize(ref _data, size * dimensions);
        Array.Resize(ref _scales, size);
        Array.Resize(ref _ticks, size);
        Array.Resize(ref _owners, size);
        Array.Resize(ref _cosines, size);
        Array.Resize(ref _cosineVisits, size);
    }
}
