using System.Text.RegularExpressions;

namespace Dashboard.Classifying;

/// <summary>
/// One topic's keywords, compiled: all single phrases in one alternation, and each "a &amp; b" keyword
/// as indexes into the matcher's shared phrase table (a phrase such as "China" is compiled once).
/// </summary>
internal sealed record CompiledTopic(string Id, Regex? AnyPhrase, int[][] Conjunctions);
