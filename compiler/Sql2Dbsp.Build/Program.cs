using System.Text;

namespace Sql2Dbsp.Build;

/// <summary>
/// The generator the Sql2Dbsp.Build targets run: <c>Sql2Dbsp.Build MANIFEST</c>, one program per manifest line (tab
/// separated: SQL file, display path, output directory, namespace, class name, fault-tolerance model). Diagnostics are
/// printed in MSBuild's canonical format (<c>file(line,col,endLine,endCol): error SQL0107: ...</c>), which the Exec
/// task turns into build errors. Exit code 1: errors were reported that way; 2: a bad command line; anything else
/// (a crash) is an error of its own for the targets.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: Sql2Dbsp.Build MANIFEST (written by the Sql2Dbsp.Build targets)");
            return 2;
        }
        bool failed = false;
        int generated = 0;
        foreach (var line in File.ReadAllLines(args[0], Encoding.UTF8))
        {
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length != 6)
            {
                Console.Out.WriteLine($"{args[0]}: error {ProgramGenerator.ItemError}: manifest line has {fields.Length} fields, expected 6: {line}");
                failed = true;
                continue;
            }
            var request = new GenerateRequest(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
            var result = ProgramGenerator.Generate(request);
            foreach (var message in result.Messages) Console.Out.WriteLine(message);
            if (result.Success) generated++;
            else failed = true;
        }
        Console.Out.WriteLine($"sql2dbsp: generated {generated} program(s)");
        return failed ? 1 : 0;
    }
}
