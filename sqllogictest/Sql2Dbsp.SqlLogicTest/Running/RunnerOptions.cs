namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>How a run behaves (the command-line options).</summary>
internal sealed record RunnerOptions
{
    /// <summary>The engine name that <c>skipif</c>/<c>onlyif</c> compare with.</summary>
    public string Engine { get; init; } = "postgresql";

    /// <summary>Records not to run.</summary>
    public SkipList SkipList { get; init; } = SkipList.Empty;

    /// <summary>Stop at the first failed record.</summary>
    public bool StopOnError { get; init; }

    /// <summary>Print SQL, expected and actual values and diagnostics of every failure.</summary>
    public bool Verbose { get; init; }

    /// <summary>How many programs compile and run at once (files and batches in parallel).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Run only the first N query and statement records of each file (counting skipped ones).</summary>
    public int? MaxRecords { get; init; }

    /// <summary>At most this many queries are compiled into one program.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>
    /// How many input steps a program may be fed to replay the file's changes (see <c>Database</c>); 1 feeds the
    /// tables' current contents in one step.
    /// </summary>
    public int MaxReplaySteps { get; init; } = 8;

    /// <summary>Time the front end and the C# emitter separately (an extra front-end run per program).</summary>
    public bool DetailedTimings { get; init; }
}
