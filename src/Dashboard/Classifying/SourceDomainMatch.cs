using Dashboard.Configuration;

namespace Dashboard.Classifying;

/// <summary>A registry hit by domain: the outlet and which of its registered domains matched (for the rule text).</summary>
public readonly record struct SourceDomainMatch(SourceOptions Source, string Domain);
