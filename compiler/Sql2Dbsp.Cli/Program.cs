namespace Sql2Dbsp.Cli; static class Program { static int Main(string[] a) => 0; }
