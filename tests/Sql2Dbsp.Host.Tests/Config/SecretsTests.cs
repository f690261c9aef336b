using Sql2Dbsp.Connectors.Config;
using Sql2Dbsp.Connectors.Formats.Csv;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Tests.EndToEnd;
using Sql2Dbsp.Host.Tests.Formats;
using Sql2Dbsp.Host.Tests.Transports;

namespace Sql2Dbsp.Host.Tests.Config;

/// <summary>Secrets in connector configurations stay out of messages.</summary>
public sealed class SecretsTests
{
    [Theory]
    [InlineData("password", true)]
    [InlineData("sasl.password", true)]
    [InlineData("ssl.key.password", true)]
    [InlineData("api_key", true)]
    [InlineData("X-Amz-Signature", true)]
    [InlineData("X-Amz-Credential", true)]
    [InlineData("access_token", true)]
    [InlineData("client_secret", true)]
    [InlineData("credentials", true)]
    [InlineData("path", false)]
    [InlineData("keyspace", false)]
    [InlineData("topic", false)]
    public void SecretNames(string name, bool secret) => Assert.Equal(secret, Secrets.IsSecretName(name));

    [Fact]
    public void UrlsLoseTheirPasswordsAndSecretParameters()
    {
        Assert.Equal("https://user:***@host.example/data.csv?X-Amz-Signature=***&part=2&token=***",
            Secrets.RedactUrl(new Uri("https://user:hunter2@host.example/data.csv?X-Amz-Signature=abc123&part=2&token=t0k3n")));
        Assert.Equal("http://host.example/data.csv", Secrets.RedactUrl(new Uri("http://host.example/data.csv")));
    }

    [Fact]
    public void ConfigurationErrorsDoNotShowSecretValues()
    {
        var problems = new Connectors.Json.ConfigProblems();
        var node = Connectors.Json.JsonSyntax.Parse("""{"sasl.password": 12345678.5, "api_key": 99, "port": 1.5}""", out _)!;
        var reader = new Connectors.Json.ObjectReader(node, "the test configuration", problems);
        reader.Integer("sasl.password");
        reader.Integer("api_key", min: 0, max: 10);
        reader.Integer("port");
        string messages = string.Join("\n", problems.All.Select(p => p.Message));
        Assert.Contains("'sasl.password' must be an integer, not ***", messages);
        Assert.Contains("'api_key' must be", messages);
        Assert.DoesNotContain("12345678", messages);
        Assert.DoesNotContain("99", messages);
        Assert.Contains("'port' must be an integer, not 1.5", messages);
    }

    [Fact]
    public async Task UrlInputErrorsDoNotShowSecrets()
    {
        await using var server = await FileConnectorTests.ServeAsync("1,a\n");
        var missing = new UrlInputConfig(new Uri(server.Url + "missing.csv?sig=s3cr3t-signature&x=1"));
        var consumer = new CollectingConsumer(Schemas.Multiset, new CsvFormat());
        await missing.CreateReader(new InputReaderContext("t.web", Schemas.Multiset, "/")).RunAsync(consumer, CancellationToken.None);
        string error = Assert.Single(consumer.Errors);
        Assert.Contains("HTTP 404", error);
        Assert.Contains("sig=***&x=1", error);
        Assert.DoesNotContain("s3cr3t", error);
        Assert.DoesNotContain("s3cr3t", missing.ToString());
    }
}
