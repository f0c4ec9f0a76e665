using System.Globalization;
using Dashboard.Feeds.Normalizing;
using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Tests.Normalizing;

/// <summary>
/// Fixtures/google-news-us-china.xml: a Google News RSS feed built from the 20 real headlines of
/// seed 002 (title "Headline - Outlet", news.google.com article links, &lt;source url&gt;, Google's
/// description HTML). Each row is what the pipeline must make of one item.
/// </summary>
public sealed class GoogleNewsFixtureTests
{
    public sealed record Row(string Headline, string Outlet, string Domain, string GoogleId, string PublishedUtc);

    private static readonly Row[] Expected =
    [
        new("BREAKING NEWS: Japan's top Foreign Ministry official holds talks with China's envoy", "Japan Wire by KYODO NEWS", "english.kyodonews.net", "CBMiWkFVX3lxTFBkY3hZTVNCWEJXRXQ5dUMtSFlhOXlxTHhiRFk2VnhTZnp6ZEpBamd4RmkwU0JCTEVSVmJRVElmcmE3SUpkb1ZDM250aldHNy02aUJXdE53aWszZw", "2025-11-25T03:53:00Z"),
        new("'Return' to China not an option for Taiwan's people, premier says", "The Japan Times", "japantimes.co.jp", "CBMimwFBVV95cUxOa3IwRjdwT2J4X2tJTUp6N3lDRU1kY3diNGZBSFZmV3Ztd1JZZ0lJaUdMeVN1ZFlxUllzMVltVGNMb292UWpQQ3p3Z0hnUk1OZmpIZjRINEhDdXBTQk0wSmpGMEo5b0EtQ1BsRFVPLVptUG9GT2x1RXNmN0d1WjczTHVZZlN4VHl5bmhDYzlRZ010b190VkhIVXVnVQ", "2025-11-25T03:46:13Z"),
        new("Xi Presses Trump on Taiwan as They Agree to Meet in China in April", "The New York Times", "nytimes.com", "CBMihgFBVV95cUxPa0gxS01TWkFndjgxWDl3ZHY5S2ZRRGVXVGpIVVVjT1pPLThVTWVGVUtJM3lBLVFENHUyUllUb1ZCMlU5TC1CWWdzbWlXSzhkYk5aNmdZMVNWWDNVejg4T2JvV1g5cndUSHBhNHM2M2Q5ZFp5eGxxMlVnS0o3elJGTG1TV2VCdw", "2025-11-25T03:39:26Z"),
        new("Takaichi and Trump hold call on China after Taiwan backlash", "AnewZ", "anewz.tv", "CBMipwFBVV95cUxOeHY4Zy1lLUlYcVVmZmJ5MFZadWJCX0pNTTVDSG5BQVZ5aGV6enZ6ZHcwZVhVRGFwYzNxbV8yMVlBSmozanl3eEJxUDdRMHVDNTRBbXNUWlpPOGc0UGFPeUxVQUstVmpodjRSRTljQTkxeDhkNWtHeDQzSHg5TFhvUnNvNm9hQWJaUXpSSURYSWwwRzFnaUhETHg2dFlWVmJhZTV3aUlEUQ", "2025-11-25T03:32:39Z"),
        new("Takaichi, Trump hold phone call after Xi spoke with US president amid China-Japan feud", "Firstpost", "firstpost.com", "CBMiywFBVV95cUxPdG5VWmk3Y0t4YkVXeTBGTVJtR3U1NnJtRGcxRGpLMmkxTkxUUHJqTnpiQlBWVy1mdTNWRXZuaklVZS0xZTNNTXozOGdxYkJJS2hvTUs4TmhrdGdDNU1WX1VWeVZIamtCLVdZUzZqSklWVGtFbEpSelVGS1M2bXI0S1ozWTdpQWo1QjR2YXFYT1BYV1NSUE5IaWVhMEt2Rk9nSXpmRmFTcHBDMmRrY0lqVEp1SElQdkpzQ0syOG1OcHNyVTh1Um04TzRjZ9IB0AFBVV95cUxOOTJvNnJiYm5ib3JJNUI2eWxUYm9hd1BrbVJkdnJpcXNDdFlkWlFya2dnN1hoanNTejVSS0ROQjBLal8wWGtWMmtSRkRxSUV2czBTejRLcm1TSXRDaEdwWFZLNkZrWDFhWnJucVNZS2JwUXFoLWg0M20wMmRlZ0RzdE1oNG5rbHRBUENpV3JBLVhJclBaVTJCblJaU3EwS2JzUFNNZWZpYnl6NEJrYnRyX2NWdnF0TllpbzFyT1B4c2pScUNyM2ZLd2tjcTlIT1JS", "2025-11-25T02:25:52Z"),
        new("Trump avoids touching upon Taiwan issue after call with China's Xi", "Nikkei Asia", "asia.nikkei.com", "CBMivgFBVV95cUxPTWhmTzBTdFdwWUtMN0NXRnhTTTRSb3lWb2tqZVYxVW9rNDZadDVaYWJJYkhTZzlJMWtSSXVpVnhxbWlyUjFZcGpOaV9rdkZVQUc3SG0yUjc0NXVhYTZ6MFlwYV9FRHNkNWFPNm5GZEJ0T1dXV3FHWE04YmtzQ3VYU0JiQ29ZSDRUWjFRQnpsMWh2N3BRakIyY1dHSWt3djdPdnZRUWVKa1ljNkZQSmk4TWFaQThPX1FnX0lIbGhR", "2025-11-25T02:18:05Z"),
        new("China: Japan's intention to deploy offensive weapons near China's Taiwan region requires high vigilance from international community", "CCTV.com English", "english.cctv.com", "CBMifEFVX3lxTFBvUkh5Z3g4TlJCX2xzaUtqS0dtOVd5c181RXdnTUxuekZjZC04SFRoWTlHWmo1Y0ZfTlVaQUVmdHB6a1dxUS1jWlhzRlE3WFpjMU1NNC11cml6cmJOWUFvbDhTQThMT2FyQktDSkRFNEFsQ0U0aEpUTnZtRGE", "2025-11-25T02:11:18Z"),
        new("Xi may want Trump to rein in Japan in spat with China, say analysts", "The Straits Times", "straitstimes.com", "CBMitgFBVV95cUxNVjJwb2Zkc2dGNF80WXFUMV8zblF5bU5rcTBEYzg5R0lZWVJEVFJZeFFCY2pLa1pwX0FpbmZTQkJwUVloS0ZTVTBuTzg0Yjd5Zm1Eal9fYmVQMVF1UmpDemlQalFZM1FZdlRydnBvX3hIYXFEbGVrSloxbksxSzdldjZmNzdTZjQtLThDTGQzdDRSUWVYYmF1dmRkNmNhSGtpamdRc1JvY3R1cHpTQlRCUjRmMDZ3QQ", "2025-11-25T02:04:31Z"),
        new("Trump, Takaichi Discuss China in First Call Since Taiwan Remarks", "조선일보", "chosun.com", "CBMihAFBVV95cUxQeWRfem5hUDdfOVAxQ2VjZXN5NWNpWEZVbVlhQ0R2cXNYblB2MUFRZzRnZ29tdnlpMGJLbWJoSG9YNnRoN2lhM2diaWQtM09aQl9aemxuNDZLOER1US1vUnNHWVh5bHZVUkppMDNxbU90b2lZc3I5bm1tQ0FXN3FFY3hkcms", "2025-11-25T01:57:44Z"),
        new("Trump Says He’ll Visit China; Xi Presses US Leader on Taiwan", "Bloomberg.com", "bloomberg.com", "CBMiqwFBVV95cUxNRWdCbHlLUjA0UG9VSGw2ZHVpdWtKNkFKSzFvaURXUWlYbG1xQ2J6dEJmRFBWcUxocFRhdm5KdjNvaWtKbjdnUF9hcDJGVG9wRlYwRWxCaUptNHE3VHdmWnpSWTNhakY5SlliQlRQcGhjU0ZfcFBuSUFxR0JqdjNaMnphWW85c3RlWXV6RGl3bGhXbkg3dFJiRFpwb2xHcXYyMmdFR1l3VnJBYTQ", "2025-11-25T01:50:57Z"),
        new("Developing | Trump talks to Japanese PM hours after his overnight call with China’s Xi", "South China Morning Post", "scmp.com", "CBMiwgFBVV95cUxQZlpGT254M3hieWFQTm5XbUduZm82ZVIyZ2JncEdTcUZ6b3AyS21ybV84MENIcU9zenBaa3VfVGZldG5qN0xUc1pFb1JZY3ZZa2I1cXFyX1h2SDk2OXo0akRqTmVNWVhORU9fSGd5ZGRXVEVMREZvdXlBWmcyaVJKS09yODM3R0lrRUw3cEVJbjBPTElKQTd0S3lJcmV0bFo2OVBma3BXb2lJQi1YNm9UcWs1Wk5Nc1lmakE4OUd5MU14UdIBwgFBVV95cUxOZUVUbFBpaC01TVJnUlR5RXNsQ3Nkdi1LSG41cVZON2U5bFFTZnZVemx0MkhNamg5eDgwanFMLVJ5ZFN1cGxMMmpFc0RsVnViUWdhRmhjUGtDSkV3UzlLelRxX0ZzR29HWHI2UE12eWY5ckY1eTkzMWpPM3Q5TzBZeFBjRHNzRzlKVG1MSnFEZWJnUUVVQU5UNW1hNW1RU2ZwNWpVOExsbWdWbkVYbWt3MV83YklpMXlSZkNOZGNkX05aUQ", "2025-11-25T01:43:10Z"),
        new("Xi Jinping pledges support for Venezuelan President Nicolas Maduro", "South China Morning Post", "scmp.com", "CBMi0AFBVV95cUxQUTNhNnFUVG5mQlYzRDc1MVNDdkFxNkU5VGV5ZFZ2dFpyanF2V1B0TEYxOG51aS1TeEY3eFd2Q2ROWjhrYnY1YkZkaEI0OGZhTXdySGJJeHBnWExvTFVIVnFCMUlCZV8yNTJUV1NvT1M0V1kyVW5SdGpLdDFFQ2pPbUxjTHJWSU9XdXlUNmhiYUI4clhtazhkVFdmY0c3UUdjSXBqMExEd1hzZGI0aVdreF9fREdYbDFza3VGckg1UlRJaVFhZnlrZkhYSk1CUUtZ0gHQAUFVX3lxTE5lOFZERTU1UTZhMlRJbGN1Sll0WU1QMm5fVHRtaGpxaktqMDV4MlVtSkpvMi01YmVGMTJZak1ZdkZkc0Z2X0VwUGZKVzEtN2pWQ1RfX3Mtdi1ZQlNYWmx2MmQtSGx2a1ZvaTJNdVRGVXRRNFJQRC1Xc0d4Q0tpVllJa1lsMWo1ZkhsSXVHRE9hYk54dUwzekxUWTZnSll4SzJuRkRnaDNUZWo1NjhoODBGcDJRSTdHMmlNbnUyQXJiYzFpV2RuN0hhVW5TZk55Z2Y", "2025-11-24T23:36:23Z"),
        new("Trump to visit China in April after ‘very good’ call with Xi", "South China Morning Post", "scmp.com", "CBMiwgFBVV95cUxOcTkyOWdoUTZEMzc2cXY0azNoX0RESUdRbWYwRXdWY3ZEWHNqV3NWWXJzbEdkM3VDcUlRdDFCRm9hVDZCWHNoelk5ak9JZ2xpbUFlZF9nWkdJbVJZVU5PSzRIa3dzMzU3RVZFdzktR3U2SVpRWElTREJ3WHdUaUlZbldJM2paSDRNUmQ2WDZIUUhBekw2WjZ5UnpzaHYtYWRWRHdiSFZGZlIxakR1TU1VUVJUWGR5Q2ZNV3gzUkRsVkx1QdIBwgFBVV95cUxPdlNqUWNkNkFtazFENTZFLUdzZUFSZTQyR1UwM25aWHBKYXpjSVVkeUFXa3QxS0dfQmtEdFJJVjRRQThSWFZiaXNEdUNyT2Vld2dFOVR3Rmh0ZUpSWGpQOEdhRzhSaS1wWUJ0dExRcnRVWTJJT3ktZThKRjdxWE1MMVltck0xN0NtUzhvYl9ZNTdvaTZSZnZCYmZJeGxPWUpZd3Q2VUpYTmYyY0NIWDI3cGJ3R1kzTDBFbGpENUlIdkU0UQ", "2025-11-24T22:29:36Z"),
        new("Xi says China, U.S. should keep up momentum in ties, move forward in right direction", "新华网", "xinhuanet.com", "CBMiiAFBVV95cUxNVXl2eUR5enVYekJQRDNyMmpXS2E3bVJySDh3NEk2OV83QWFPOG0tSTZCM2s2UlhIdHNEUW5FbEVvcEZENC1NbTU2NzFmNHRHYnJMMFBJZEpHbDFRM0pyQy13SG9reXVMR2xUcnc4RV9oV1BoVDVNS0F6SXlPVU54Ym9oblJzR3pm", "2025-11-24T22:22:49Z"),
        new("Urgent: Xi clarifies China's principled position on Taiwan in phone call with Trump", "新华网", "xinhuanet.com", "CBMiiAFBVV95cUxQUWZDZjJDdnVBRFd4ZThzUnktT0tLSXBPVG1OLUtodEpHZ081eGdkSkE5U2Q5dWlHdFhleFltM0F6RVVORkliRGtOSXpEZjRJSjJ0MXJVNVBZSWN5MzRvNG1uNW55c0wxODVYQ2Y4MExKOE9sbkh1bm43MFItYkJpU0hTdm1Ta0tE", "2025-11-24T21:15:02Z"),
        new("Xi outlines China's position on Taiwan in phone call with Trump", "news.cgtn.com", "news.cgtn.com", "CBMingFBVV95cUxQUTdpZ1lkQUNZWFdaS25uZ0xpeDZKWERDSDFwbXI4SU5oTzVtZnM5bXZNUjVYUGpGbUVUQS02aVM1Zzlsd0lwRE5ZMHE5YnJyb09MRi1EaGdZbjluTzVDSDhublY5WlRYVTdHaGxsVFRMelZoYWQzVTFibEhBM09pMzdpWWt5eWJmTzNNX3pFQnVYR2lUbTJ6MW04UmpOQQ", "2025-11-24T21:08:15Z"),
        new("Xi talks with Trump over phone", "China Daily", "chinadaily.com.cn", "CBMifkFVX3lxTE1UYWd0WDVVdVJfZlo4aUZjSGNBNXdia244bm52QkI0a1RtUTdqTVZkRVMzTzgxZ1pmdlIxeFdZLW5zRUhBeGtLUWx2SzdrX0JhQkY4TjFMRE42R2FqTlhpZkxTV0kwRE84S1Z3c3lUaExoT1YyaUdrMFZ3STF4dw", "2025-11-24T20:01:28Z"),
        new("China-Japan ties deteriorate; airlines cancel flights: SCMP daily highlights", "South China Morning Post", "scmp.com", "CBMizAFBVV95cUxPUnFjTEZTNmF2cVAyWGhmZzI2TnFBN2dhN2ZGR2VuM1RZUmVULTRXbUlQdFpMTlFrb0dpSVJyaFIybjFWeEFmREtHR1JtOFVoa3V5ZzdNMW9IQm4tYTN0ak5XZE9VVzMyMEdBdTJaWG8xTnVmbVZ3bVJkWGVGQkxMUDlRVWd5TTRNc2VRNklZQWt3ZTYtSW1wMEtvYlVhd0xuTzg4S1l6YThZZEpSa3pNMVA2dEVvTDhVSUxvdDZFTGtMaS1tcjVMa1pMd3TSAcwBQVVfeXFMUHFPYTF3X3oyZ1hPc0JSZV9jWE53aHlrMEo2R3p6YXFkamRRMW1SakN4MFBhX2ZnTFBDT2dnM1BsM1JrOGFaYlFJRVN1enI5Tk9HMm0wLUJWYU1KT3R1ZWZMd1MtaWR4R1kwSmV2MlZsT0lxajM0amtieGF4aS1oc1JRVHU0cjJnTENkeG1IR2U2RDdQbzltQk9fa3V4RWFMZldlZVRaYU1Pd19RRVBnTUItdVIxc3NnVTBNZzFuYTBpN3RyNWtVUFdYSTZy", "2025-11-24T20:54:41Z"),
        new("US lab unveils ‘fully open’ AI models in challenge to China’s dominance", "South China Morning Post", "scmp.com", "CBMixwFBVV95cUxNQzRneDd0Rzhjb0VWbXdVZFNFVzNVc0h6bnJRUy1XaktmZ3pjNFpJOUpvSm5rZXFlRkNKVTcxTEtRMmRIWkJEUmo4MDRtT3AxRFpRZ0U1amdoX3FBUlZUZTVHcUdZNC1oWGRqM19nM0loT1J4dGtZODlxdllnNWx5dHVmc3U1VHA5dUppX1ozY1F2TFpTaE9KQVFobEJuSDU0UUlZRnlzVVBuVnBjbkJlcjlMMHl6UVh6UkQ2ZFpPekVxelg0SXVV0gHHAUFVX3lxTE1aZW9QOE5GTFBKenFGUWNQYjNiR1hlemVoNVd0MTRrVmpockNqUWd4dm9PVHNGSGRMZnlpdnVpX3VBRC1raVctLVIzWUstaGtBczZNVktLRk1INEZQU1A0ajRkd2dJb2hzVk1MN2xUS1ViY0NEZEFRdlhZOU5NNVJEOXJCN3JWck9RcjhndWhVTGFNdHZRUHRodVN3R2p2bXZ3M1FBOC1USGxkbUV1Ykh4SDZ4djRMNTR5c1o1UFVhRFA3cHhLakE", "2025-11-24T19:47:54Z"),
        new("Ne Zha-Transformers collaboration set to air as US-China frictions ease", "South China Morning Post", "scmp.com", "CBMizwFBVV95cUxNX1kzREpTZm96Z3NySEs3bm04d1JHYzVLWDhuT0ZfQ3VueEw2ZDhpLUVZZ2JUMHlYX0Q4cVpwS0U1VHAzWXVEYmdXYlZlMWQ4N09JZ080NFVMQjBZRUtvWVNRbHVGVkEwMVgzM0pEZzBQRVFTV3ZjTERtQ2o1a205R3FtOUZiNlVfbExuT0ZZZS1wbV94XzR1Q1htMG5lZ0Q5QmRCNDY1MUdyZmNzWW9jTjNtNjdvRzB6RUVNRWw5bDBfVjhJdllkRGFPeTdCeVnSAc8BQVVfeXFMUG5kODdldXVMNzRGek9xRFJReGx4Z2hfSVBwSmxmRk9aRkwwNXlQUGYtOURrMmNmYkYwWjJmbGtDNUlRcWIwSGFhU1BlbkF3N2YyZ0NQTk5EZjlYUHpwNFE5Zm15T2pteGZ1WEhjTF9iZnB6c2dhbnEwRDFrSThXMnJDaGNOeXpOMGFad3ZVVWdkcXZYNnlYckg4eW95Ti0xLVdPaHhCRlExWmJQczBkVk4xT0wyY3Y0TWM0aUp2djhYaUh1azFyT1pBNUx5MGZz", "2025-11-24T19:40:07Z"),
    ];

    private static ParsedFeed Feed() =>
        FeedParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "google-news-us-china.xml")));

    [Fact]
    public void Parse_GoogleNewsFixture_ReadsChannelAndAllTwentyItems()
    {
        var feed = Feed();
        Assert.Equal(FeedFormat.Rss20, feed.Format);
        Assert.Equal("\"US China\" - Google News", feed.Title);
        Assert.Equal("https://news.google.com/search?q=US+China&hl=en-US&gl=US&ceid=US:en", feed.Link);
        Assert.Equal("en-US", feed.Language);
        Assert.Equal(20, feed.Entries.Count);
        Assert.True(GoogleNews.IsGoogleNewsFeed(feed));
        Assert.Null(feed.Warning);
    }

    [Fact]
    public void Normalize_EveryGoogleNewsItem_SplitsHeadlineOutletDomainKeyAndDate()
    {
        var feed = Feed();
        Assert.Equal(Expected.Length, feed.Entries.Count);
        for (var i = 0; i < Expected.Length; i++)
        {
            var row = Expected[i];
            var entry = feed.Entries[i];
            var article = ArticleNormalizer.Normalize(entry, feed);
            Assert.NotNull(article);
            Assert.Equal(row.Headline, article.Title);
            Assert.Equal(row.Outlet, article.Outlet);
            Assert.Equal(row.Domain, article.OutletDomain);
            Assert.Equal("gn:" + row.GoogleId, article.DedupeKey);
            Assert.Equal(DateTimeOffset.Parse(row.PublishedUtc, CultureInfo.InvariantCulture), article.Published);
            Assert.Equal($"https://news.google.com/rss/articles/{row.GoogleId}?oc=5", article.Link);
            Assert.Equal(row.GoogleId, article.Guid);
            Assert.Null(article.Snippet); // Google's description only repeats headline and outlet
            Assert.Equal("en-US", article.Language);
        }
    }

    [Fact]
    public void Parse_GoogleNewsDescription_DecodesDoubleEscapedHtml()
    {
        var entry = Feed().Entries[0];
        Assert.Equal("BREAKING NEWS: Japan's top Foreign Ministry official holds talks with China's envoy Japan Wire by KYODO NEWS", entry.Summary);
    }

    [Fact]
    public void Normalize_GoogleNewsItems_DedupeKeysAreDistinct()
    {
        var feed = Feed();
        var keys = feed.Entries.Select(e => ArticleNormalizer.Normalize(e, feed)!.DedupeKey).ToArray();
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }
}
