import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * A second .NET catalog pass over C# builds and programs as people paste their errors from dotnet build,
 * Visual Studio, IIS, Unity and the browser console, where the engine answered another type, another language
 * or "unknown error": MSBuild's MSB4018 (a task that crashed: the exception under it is its detail, the build's
 * error is MSB4018), Visual Studio's Error List rows of MSBuild and workload codes (also with Chinese headers),
 * the Android and MAUI workloads' codes (APT2260, XA8000, MAUIX2002) in build logs, the ASP.NET Core Module's
 * error pages (HTTP Error 500.30, 500.31, 500.0, 502.5), the host's AggregateException when services cannot be
 * constructed, Unity's ThrowNullReferenceException frame, Blazor's JSException under JavaScript frames, and
 * messages pasted without their class (EF's "An error occurred while updating the entries", NuGet's "Detected
 * package downgrade", a bare "SqlException:").
 *
 * Types follow test/fixtures/errors/README.md: the exception class thrown to the caller where one is shown or
 * certain, otherwise the tool's code (MSB4018, APT2260) or the server's status (500.30).
 */

const MSBUILD_ERRORS = ref('MSBuild error reference', 'https://learn.microsoft.com/visualstudio/msbuild/errors/msbuild-errors');
const ANDROID_ERRORS = ref('.NET for Android: build errors and warnings', 'https://learn.microsoft.com/dotnet/android/messages/');
const MAUI_TROUBLESHOOT = ref('.NET MAUI: Troubleshoot known issues', 'https://learn.microsoft.com/dotnet/maui/troubleshooting');
const ANCM_TROUBLESHOOT = ref('ASP.NET Core: Troubleshoot on Azure App Service and IIS', 'https://learn.microsoft.com/aspnet/core/test/troubleshoot-azure-iis');
const DI_GUIDE = ref('.NET dependency injection', 'https://learn.microsoft.com/dotnet/core/extensions/dependency-injection');

/** The Android, MAUI and Xamarin workloads' build codes (aapt2's APT, the Android targets' XA, XamlC's XC/XFC, MAUI's MAUIX). */
const WORKLOAD_CODE = String.raw`(?:APT|XA|XC|XFC|MAUIX)\d{4}`;

/** The workload code a match captured, in a build line or in brackets. */
const workloadCode = (c: Captures): string => c.code ?? c.bracketed ?? '';

/** What a workload code's family means. */
function workloadMeaning(code: string): string {
  if (code.startsWith('APT'))
    return `${code} comes from aapt2, the Android resource compiler the .NET for Android targets run: a resource, style or attribute that the manifest or a layout names does not exist in the app or its AndroidX/Material packages, or a resource file could not be read.`;
  if (code.startsWith('XA'))
    return `${code} comes from the .NET for Android (Xamarin.Android) build targets: the project, its Android resources or the Android SDK/JDK setup do not fit what the targets need.`;
  if (code.startsWith('MAUIX') || code.startsWith('XC') || code.startsWith('XFC'))
    return `${code} comes from the XAML compiler (XamlC / MAUI's XAML source generator): a XAML file sets a property, binding or type that does not exist or does not fit.`;
  return `${code} is reported by a .NET workload's build targets.`;
}

export const DOTNET_CATALOG2_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'csharp.msbuild-task-crashed',
    language: 'csharp',
    // "Microsoft.PackageDependencyResolution.targets(266,5): error MSB4018: The "ResolvePackageAssets" task failed
    // unexpectedly." (also “…” quotes, the Chinese “ResolvePackageAssets”任务意外失败, "Unexpected error in task",
    // the path broken onto its own line) and the Error List row; the exception lines under it are its detail.
    match:
      /\b(?:error MSB4018:|Error\tMSB4018\t)[ \t]*(?:The ["“](?<task>\w{1,100})["”] task failed unexpectedly|Unexpected error in task ["“](?<task2>\w{1,100})["”]|[“"](?<task3>\w{1,100})[”"]任务意外失败)/,
    requires: /MSB4018/,
    errorType: 'MSB4018',
    category: 'build',
    priority: 25,
    summary: (c) => `The MSBuild task ${c.task ?? c.task2 ?? c.task3 ?? ''} crashed with an exception, which stopped the build.`,
    explanation: (c) =>
      `MSB4018 means an MSBuild task threw an exception instead of reporting an error: the exception under the message (printed on the following lines, each prefixed with "error MSB4018:") says why. ${
        /ResolvePackageAssets/.test(c.task ?? c.task2 ?? c.task3 ?? '')
          ? 'ResolvePackageAssets reads obj/project.assets.json and its cache written by restore: a stale or corrupt assets cache, a fallback package folder that no longer exists, or an SDK older than the one that restored the project make it throw.'
          : 'Typical causes are files the task reads (restore output, generated files) that are stale or corrupt, or a task assembly that does not match the SDK or Visual Studio running it.'
      }`,
    causes: [
      'obj/ holds a project.assets.json or assets cache written by another SDK or Visual Studio version',
      'A NuGet fallback package folder or package cache configured in NuGet.Config no longer exists',
      'A build task package built for another MSBuild version',
    ],
    fixes: (c) => [
      fix(`Re-create what ${c.task ?? c.task2 ?? c.task3 ?? 'the task'} reads`, [
        'Delete the bin and obj folders of the project and restore again with the same SDK that builds',
        'Read the exception under MSB4018: a missing folder or file it names must exist (or be removed from NuGet.Config)',
      ], 'rm -rf bin obj\ndotnet nuget locals all --clear\ndotnet restore\ndotnet build'),
    ],
    references: [ref('MSB4018: The task failed unexpectedly', 'https://learn.microsoft.com/visualstudio/msbuild/errors/msb4018'), MSBUILD_ERRORS],
    samples: [
      'C:\\Program Files\\dotnet\\sdk\\3.1.400\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.PackageDependencyResolution.targets(241,5): error MSB4018: The “ResolvePackageAssets” task failed unexpectedly.\nC:\\Program Files\\dotnet\\sdk\\3.1.400\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.PackageDependencyResolution.targets(241,5): error MSB4018: System.ArgumentException: An item with the same key has already been added.',
    ],
  },
  {
    id: 'csharp.vs-error-list-build-code',
    language: 'csharp',
    // Visual Studio's Error List copied as tab-separated columns (Severity, Code, Description, Project, File, Line),
    // the header in English or Chinese, the row "Error (active)" in newer versions: an MSBuild, SDK or workload code.
    // Not a C++ project's (a .vcxproj or C++ sources in the text), nor MSBuild's C++ codes (MSB8xxx, a tool that exited).
    match: new RegExp(
      String.raw`(?<![\s\S])(?![\s\S]*?\.(?:vcxproj|cpp|cc|cxx|hpp)\b)[\s\S]*?(?:^|\n)(?:Error|错误)(?: \(active\))?\t` +
        String.raw`(?<code>MSB(?!8\d{3}|6006|3073|3721)\d{4}|NETSDK\d{4}|${WORKLOAD_CODE})\t(?<msg>[^\t\n]{1,400})`,
    ),
    requires: /\t(?:MSB|NETSDK|APT|XA|XC|XFC|MAUIX)\d{4}\t/,
    errorType: (c) => c.code ?? 'MSB0000',
    category: 'build',
    priority: 19,
    summary: (c) => `The build stopped with ${c.code}: ${(c.msg ?? '').trim()}`,
    explanation: (c) =>
      c.code?.startsWith('NETSDK')
        ? `${c.code} comes from the .NET SDK's own targets: the project cannot be built as configured (a target framework newer than the SDK that builds it, a runtime identifier, missing restore output).`
        : c.code?.startsWith('MSB')
        ? `${c.code} is an error of MSBuild itself, not of the C# compiler: ${
            c.code === 'MSB3027' || c.code === 'MSB3021'
              ? 'a build output could not be copied to bin because the file is locked, usually by the app still running, a debugger, or another build.'
              : 'the message names the file, task or setting it could not handle.'
          }`
        : workloadMeaning(c.code ?? ''),
    causes: (c) =>
      c.code === 'MSB3027' || c.code === 'MSB3021'
        ? ['The application (or its test host) is still running and holds the DLL or EXE', 'An antivirus scanner or another Visual Studio instance locks the file', 'A path longer than Windows allows']
        : ['The first error of the list is the cause; later rows often follow from it', 'A package, resource or SDK component the project needs is missing or stale in obj/'],
    fixes: (c) => [
      c.code === 'MSB3027' || c.code === 'MSB3021'
        ? fix('Release the locked file and build again', [
            'Stop the running app, its debugger session or test host; close other instances of Visual Studio building the same output',
            'If a process keeps it, find it with Resource Monitor (Associated Handles) or handle.exe',
          ], 'taskkill /IM <YourApp>.exe /F\ndotnet build')
        : fix(`Fix the first ${c.code} row`, [
            'Rebuild after deleting bin and obj, then look at the first error row: later ones often follow from it',
            'Update the workload and packages the project uses when the code belongs to a workload (Android, MAUI)',
          ], 'rm -rf bin obj\ndotnet workload update\ndotnet build'),
    ],
    references: [MSBUILD_ERRORS, ANDROID_ERRORS, MAUI_TROUBLESHOOT],
    samples: [
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tMSB3027\tCould not copy "obj\\Debug\\net8.0\\App.dll" to "bin\\Debug\\net8.0\\App.dll". Exceeded retry count of 10. Failed.\tApp\tC:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\MSBuild\\Current\\Bin\\amd64\\Microsoft.Common.CurrentVersion.targets\t4919',
    ],
  },
  {
    id: 'csharp.workload-build-code',
    language: 'csharp',
    // "Xamarin.Android.Aapt2.targets(214,3): error APT2067: failed processing manifest.", "…/Resources/values/themes.xml(2):
    // error APT2260: resource attr/colorSurface … not found.", "error XA8000", "Page.xaml(4,32): error MAUIX2002: …":
    // "XamlC error XFC0000 : Cannot resolve type …", Rider's "[XFC0000] Cannot resolve type …": the first error of the
    // text (one scan from its start, not past another coded error).
    match: new RegExp(
      String.raw`(?<![\s\S])(?:(?![^\n]*\berror [A-Z]{2,6}\d{4}\b)[^\n]*\n)*?[^\n]*?\berror (?<code>${WORKLOAD_CODE}) ?: ?(?<message>[^\n]{0,400})` +
        String.raw`|(?:^|\n)\[(?<bracketed>(?:XFC|XC|MAUIX)\d{4})\] (?<bracketedMessage>[^\n]{1,400})`,
    ),
    requires: /\berror (?:APT|XA|XC|XFC|MAUIX)\d{4}\b|\[(?:XFC|XC|MAUIX)\d{4}\] /,
    errorType: (c) => workloadCode(c) || 'APT0000',
    category: 'build',
    priority: 15,
    summary: (c) => `The .NET workload build stopped with ${workloadCode(c)}${(c.message ?? c.bracketedMessage)?.trim() ? `: ${(c.message ?? c.bracketedMessage ?? '').trim()}` : '.'}`,
    explanation: (c) => workloadMeaning(workloadCode(c)),
    causes: (c) =>
      workloadCode(c).startsWith('APT')
        ? [
            'The manifest names an icon or theme (@mipmap/appicon, a splash style) that the build did not generate: a MauiIcon or MauiSplashScreen item missing or renamed',
            'A style uses a Material or AndroidX attribute whose package is not referenced (or an older version)',
            'Stale generated resources in obj/ after upgrading .NET or the workload',
          ]
        : workloadCode(c).startsWith('XA')
          ? ['A NuGet package brings Android resources the build cannot find (a version mismatch between related packages)', 'The Android SDK, JDK or API level the project targets is not installed']
          : ['A XAML element sets a property or binding that does not exist on the type, or sets the same property twice', 'The xmlns or x:DataType of the page points at another type than intended'],
    fixes: (c) => [
      workloadCode(c).startsWith('APT') || workloadCode(c).startsWith('XA')
        ? fix(`Make the resource ${workloadCode(c)} names exist, then rebuild clean`, [
            'Check the resources the manifest and styles name against the project (MauiIcon/MauiSplashScreen items, Resources/values) and the packages that provide them',
            'Update the AndroidX/Material packages together, delete bin and obj, and rebuild',
          ], 'rm -rf bin obj\ndotnet workload update\ndotnet build -f net8.0-android')
        : fix(`Fix the XAML line ${workloadCode(c)} points at`, [
            'Open the .xaml file at the line and column shown: the property must exist on that element type, with a value of its type, and be set once',
          ]),
    ],
    references: [ANDROID_ERRORS, MAUI_TROUBLESHOOT],
    samples: [
      '1>C:\\Users\\me\\source\\repos\\MauiApp1\\Platforms\\Android\\AndroidManifest.xml : error APT2260: resource mipmap/appicon_round (aka com.companyname.mauiapp1:mipmap/appicon_round) not found.',
    ],
  },
  {
    id: 'csharp.ancm-error-page',
    language: 'csharp',
    // The ASP.NET Core Module's error pages under IIS and App Service: "HTTP Error 500.30 - ASP.NET Core app failed to start",
    // "HTTP Error 500.31 - Failed to load ASP.NET Core runtime", "HTTP Error 500.0 - ANCM In-Process Handler Load Failure",
    // the old out-of-process "HTTP Error 502.5 - Process Failure".
    match:
      /HTTP Error (?<status>500\.(?:0|3[0-8])|502\.5) - (?<what>ASP\.NET Core app failed to start|Failed to (?:load|locate) ASP\.NET Core runtime|ANCM [^\n]{1,80}|Process Failure)/,
    requires: /HTTP Error 50[02]\.\d{1,2} - /,
    errorType: (c) => c.status ?? '500.30',
    category: 'runtime',
    priority: 20,
    summary: (c) => `IIS could not run the ASP.NET Core app: ${c.status} ${c.what}.`,
    explanation: (c) =>
      c.status === '500.30' || c.status === '502.5'
        ? 'The ASP.NET Core Module started the app, but it crashed or exited while starting (an exception in Program.cs or Startup: a missing connection string, configuration value, file or permission). The page hides the exception; the Windows Application event log or the stdout log shows it.'
        : c.status === '500.31' || c.status === '500.32'
          ? 'The ASP.NET Core Module could not load the .NET runtime the app targets: that runtime (or the Hosting Bundle of its version) is not installed on the server, or the app was published for another bitness.'
          : 'The ASP.NET Core Module could not load its in-process request handler: a mismatch between the app, the installed Hosting Bundle and the application pool (bitness, hosting model, several apps in one pool).',
    causes: (c) =>
      c.status === '500.30' || c.status === '502.5'
        ? ['An exception during startup (configuration, database connection, missing file) in the production environment', 'Missing environment variables or app settings on the server', 'The app pool identity lacks access to a folder or certificate']
        : ['The ASP.NET Core Hosting Bundle of the app\'s .NET version is not installed (or was installed before IIS)', 'A 32-bit application pool for a 64-bit app, or the reverse', 'Two in-process apps in the same application pool'],
    fixes: (c) => [
      fix('Read the real error from the logs', [
        'Open the Windows Application event log (source IIS AspNetCore Module V2), or set stdoutLogEnabled="true" in web.config and reproduce',
        'Run the published app from the command line on the server: dotnet YourApp.dll prints the startup exception',
        c.status === '500.30' || c.status === '502.5'
          ? 'Fix the startup exception (usually configuration missing in production)'
          : 'Install the Hosting Bundle of the app\'s .NET version, then restart IIS (net stop was /y, net start w3svc)',
      ], '<aspNetCore processPath="dotnet" arguments=".\\YourApp.dll" stdoutLogEnabled="true" stdoutLogFile=".\\logs\\stdout" hostingModel="inprocess" />\n\ncd C:\\inetpub\\yourapp\ndotnet YourApp.dll'),
    ],
    references: [ANCM_TROUBLESHOOT, ref('ASP.NET Core Module (ANCM) for IIS', 'https://learn.microsoft.com/aspnet/core/host-and-deploy/aspnet-core-module')],
    samples: ['HTTP Error 500.30 - ASP.NET Core app failed to start\nCommon solutions to this issue:\nThe app failed to start\nThe app started but then stopped'],
  },
  {
    id: 'csharp.di-services-not-constructed',
    language: 'csharp',
    // The host's validation at Build(): "System.AggregateException: 'Some services are not able to be constructed (Error while
    // validating the service descriptor …: Unable to resolve service for type …)'" — thrown as AggregateException, also
    // when Visual Studio quotes it without the inner arrows.
    match: /\bAggregateException: '?Some services are not able to be constructed \(Error while validating the service descriptor '(?<descriptor>[^'\n]{1,400})'/,
    requires: /Some services are not able to be constructed/,
    errorType: 'AggregateException',
    category: 'configuration',
    priority: 25,
    summary: (c) => `The app could not start: a registered service cannot be constructed (${c.descriptor ?? 'see the descriptor'}).`,
    explanation:
      'At Build(), the host validates every registration (ValidateOnBuild, on by default in Development) and throws an AggregateException listing each service it cannot construct. Each entry quotes the inner error: usually a constructor parameter whose type was never registered.',
    causes: ['A constructor parameter of the listed implementation type is not registered', 'A scoped service injected into a singleton', 'The interface registered while the class is injected, or the reverse'],
    fixes: [
      fix('Register what the listed service needs', [
        'Read the type after "Unable to resolve service for type" in each entry and register it with the right lifetime in Program.cs',
      ], 'builder.Services.AddScoped<IExecuters, Executers>();'),
    ],
    references: [DI_GUIDE],
    samples: [
      "System.AggregateException: 'Some services are not able to be constructed (Error while validating the service descriptor 'ServiceType: Shop.IRepo Lifetime: Transient ImplementationType: Shop.Repo': Unable to resolve service for type 'Shop.IDb' while attempting to activate 'Shop.Repo'.)'",
    ],
  },
  {
    id: 'csharp.unity-throw-null-reference',
    language: 'csharp',
    // Unity 2021+'s frame for a null (or destroyed) UnityEngine.Object, what crash reporters show without the exception line.
    match: /\bUnityEngine\.Bindings\.ThrowHelper\.ThrowNullReferenceException\b/,
    errorType: 'NullReferenceException',
    category: 'null',
    priority: 15,
    summary: 'A script used a Unity object that is null or was destroyed.',
    explanation:
      'Unity throws NullReferenceException through ThrowHelper.ThrowNullReferenceException when native code finds that a UnityEngine.Object (a GameObject, a component) is missing or destroyed. The frames below it are the script calls that used it: the first one of your own code is where to look.',
    causes: ['A field not assigned in the Inspector, or GetComponent/Find returning null', 'An object destroyed (or its scene unloaded) while another script still uses it'],
    fixes: [
      fix('Check the object before use', ['Assign the field in the Inspector or check the result of GetComponent/Find', 'Unity objects compare equal to null after Destroy: test them before use'], 'if (ship != null && ship.gameObject != null)\n{\n    var center = ship.transform.position;\n}'),
    ],
    references: [ref('Unity Manual: Null reference exceptions', 'https://docs.unity3d.com/Manual/NullReferenceException.html')],
    samples: ['UnityEngine.Bindings.ThrowHelper.ThrowNullReferenceException (System.Object obj) (at <557fec70fa22493aa8454566f5e6c832>:0)\nUnityEngine.GameObject.get_transform () (at <557fec70fa22493aa8454566f5e6c832>:0)'],
  },
  {
    id: 'csharp.blazor-js-exception',
    language: 'csharp',
    // Blazor's JSException: a JavaScript error raised to .NET code, often pasted under the browser's JavaScript frames.
    match: /\bMicrosoft\.JSInterop\.JSException: (?<message>[^\n]{1,400})/,
    errorType: 'JSException',
    category: 'runtime',
    priority: 10,
    summary: (c) => `JavaScript called from Blazor threw: ${c.message}`,
    explanation:
      'IJSRuntime.InvokeAsync (or Blazor\'s own renderer) ran JavaScript in the browser, and it threw; Blazor raises that error in .NET as JSException with the JavaScript message and stack. "No element is currently associated with component" means the DOM a component rendered was changed or removed by other JavaScript.',
    causes: ['A JavaScript function called before its script loaded, or with arguments it does not expect', 'Another library (jQuery, a UI kit) removed or moved DOM elements that Blazor renders'],
    fixes: [
      fix('Find the JavaScript error, then call it when the DOM is ready', [
        'Open the browser console: the JavaScript stack under the message names the function and file',
        'Call JS interop from OnAfterRenderAsync (firstRender), and let only Blazor change the DOM elements it renders',
      ], 'protected override async Task OnAfterRenderAsync(bool firstRender)\n{\n    if (firstRender)\n        await JS.InvokeVoidAsync("initWidget", elementRef);\n}'),
    ],
    references: [ref('Blazor: Call JavaScript functions from .NET methods', 'https://learn.microsoft.com/aspnet/core/blazor/javascript-interoperability/call-javascript-from-dotnet')],
    samples: ['Microsoft.JSInterop.JSException: No element is currently associated with component 800\nError: No element is currently associated with component 800\n    at e.updateComponent (https://localhost:44381/_framework/blazor.webassembly.js:1:31484)'],
  },
  {
    id: 'csharp.db-update-message',
    language: 'csharp',
    // DbUpdateException's message without its class (ex.Message in a log or a dialog, sometimes run into the inner message).
    match: /(?<!Exception: )(?<!Exception:)(?<![\w.])An error occurred while (?:updating the entries|saving the entity changes)\. See the inner exception for details\.(?<inner>[^\n]{0,300})/,
    requires: /See the inner exception for details/,
    errorType: 'DbUpdateException',
    category: 'database',
    priority: 5,
    summary: (c) => `SaveChanges failed; the database rejected the changes${c.inner?.trim() ? `: ${c.inner.trim()}` : '.'}`,
    explanation:
      'This is DbUpdateException\'s message (EF Core and Entity Framework 6): the database error is in its InnerException, which the message only points to. Log ex.ToString() or ex.InnerException to see it (a constraint violation, an explicit value for an IDENTITY column, a NOT NULL column left empty).',
    causes: ['A unique or foreign key constraint violated', 'An explicit key value sent for an IDENTITY column (IDENTITY_INSERT is OFF)', 'A required column left null, or a value longer than the column'],
    fixes: [
      fix('Log the inner exception', ['Catch DbUpdateException and log ex.InnerException (or ex.ToString())'], 'catch (DbUpdateException ex)\n{\n    logger.LogError(ex, "Save failed: {Inner}", ex.InnerException?.Message);\n    throw;\n}'),
    ],
    references: [ref('EF Core: Basic SaveChanges', 'https://learn.microsoft.com/ef/core/saving/basic')],
    samples: [" An error occurred while updating the entries. See the inner exception for details.Cannot insert explicit value for identity column in table 'ClientScopes' when IDENTITY_INSERT is set to OFF."],
  },
  {
    id: 'csharp.bare-sql-exception',
    language: 'csharp',
    // SqlClient's class without its namespace, as ASP.NET Core's developer page and loggers show it: "SqlException: Invalid object name 'x'."
    match: /(?:^|[\s>])SqlException(?: \(0x[0-9A-Fa-f]{8}\))?: (?<message>[^\n]{1,400})/,
    errorType: 'SqlException',
    category: 'database',
    priority: 5,
    summary: (c) => `SQL Server returned an error: ${c.message}`,
    explanation:
      'SqlException carries SQL Server\'s own error (its number and message). The message says which rule the statement broke or why the connection failed; with EF Core it usually comes from SaveChanges or a query.',
    causes: ['A constraint or IDENTITY column rule violated by the data being saved', 'The schema differs from the model (migrations not applied)', 'Wrong server, database or credentials in the connection string'],
    fixes: [
      fix('Act on SQL Server\'s message', ['Run the same statement in SSMS or sqlcmd against the same database', 'Apply pending migrations when a table or column is missing'], 'dotnet ef database update'),
    ],
    references: [ref('Database engine events and errors', 'https://learn.microsoft.com/sql/relational-databases/errors-events/database-engine-events-and-errors')],
    samples: ["SqlException: Cannot insert explicit value for identity column in table 'Clients' when IDENTITY_INSERT is set to OFF."],
  },
  {
    id: 'csharp.nuget-downgrade-message',
    language: 'csharp',
    // NU1605's message alone, as Visual Studio's Package Manager and the docs' feedback quote it.
    match: /Detected package downgrade: '?(?<package>[\w.-]{1,200})'? from (?<from>[\w.+-]{1,60}) to (?<to>[\w.+-]{1,60}?)\.?(?=[\s"'.]|$)/,
    requires: /Detected package downgrade: /,
    errorType: 'NU1605',
    category: 'dependency',
    priority: 15,
    summary: (c) => `NuGet resolved ${c.package} ${c.to}, lower than the ${c.from} another package needs.`,
    explanation: (c) =>
      `A direct PackageReference (or a nearer dependency) pins ${c.package} to ${c.to}, while a package deeper in the graph needs at least ${c.from}. NuGet takes the nearest version, which is a downgrade: NU1605 is a warning that .NET SDK projects treat as an error.`,
    causes: ['An old direct PackageReference to a package that a newer dependency needs in a higher version', 'Packages of one family (EF Core, ASP.NET Core) referenced in different versions'],
    fixes: (c) => [
      fix(`Reference ${c.package} ${c.from} directly`, [`Raise the PackageReference of ${c.package} to ${c.from} or higher (or remove it and let the dependency bring it)`], `dotnet add package ${c.package} --version ${c.from}`),
    ],
    references: [ref('NuGet Warning NU1605', 'https://learn.microsoft.com/nuget/reference/errors-and-warnings/nu1605')],
    samples: ['Detected package downgrade: Newtonsoft.Json from 13.0.1 to 12.0.3.'],
  },
  {
    id: 'csharp.netsdk1045-message',
    language: 'csharp',
    // NETSDK1045's message without its code, as CI summaries and issue titles quote it.
    match: /The current \.NET SDK does not support targeting \.NET (?:Core )?(?<target>\d{1,2}\.\d)\.\s{1,3}Either target \.NET (?:Core )?(?<supported>\d{1,2}\.\d) or\s{1,20}lower/,
    requires: /does not support targeting \.NET/,
    errorType: 'NETSDK1045',
    category: 'configuration',
    priority: 15,
    summary: (c) => `The .NET SDK that runs the build (${c.supported} or lower) is too old to build for .NET ${c.target}.`,
    explanation: (c) =>
      `The project's TargetFramework is net${c.target}, but the SDK selected for the build only knows .NET ${c.supported} and older. Each SDK can target its own and older .NET versions; a global.json, an old CI image or setup-dotnet version, or an old Visual Studio can select the older SDK.`,
    causes: (c) => [`The .NET ${c.target} SDK is not installed where the build runs`, 'global.json pins an older SDK', `The CI step installs only .NET ${c.supported} (actions/setup-dotnet dotnet-version, the SDK Docker image tag)`],
    fixes: (c) => [
      fix(`Build with the .NET ${c.target} SDK`, [`Install the .NET ${c.target} SDK and check which SDK the build selects (dotnet --version honours global.json)`, 'In CI, install it before building'], `dotnet --list-sdks\ndotnet --version\n# GitHub Actions\n- uses: actions/setup-dotnet@v4\n  with:\n    dotnet-version: '${c.target}.x'`),
    ],
    references: [ref('NETSDK1045: The current .NET SDK does not support targeting', 'https://learn.microsoft.com/dotnet/core/tools/sdk-errors/netsdk1045')],
    samples: ['The current .NET SDK does not support targeting .NET 9.0. Either target .NET 8.0 or lower, or use a version of the .NET SDK that supports .NET 9.0.'],
  },
  {
    id: 'csharp.analyzer-diagnostic',
    language: 'csharp',
    // A Roslyn analyzer's error in dotnet build (StyleCop's SA, the .NET analyzers' CA and IDE, Roslynator's RCS…):
    // "Startup.cs(11,1): error SA1200: …", "CSC : error SA0001: …" — the first coded error of the text, not a CS one.
    match:
      /(?<![\s\S])(?:(?![^\n]*\berror [A-Z]{1,10}\d{3,5}\b)[^\n]*\n)*?[^\n]*?(?:(?<![^\s\]>"'`])(?<file>[^\s(]{1,300}\.cs)\((?<line>\d{1,7}),\d{1,7}(?:,\d{1,7},\d{1,7})?\)|\bCSC) ?: error (?<code>(?!CS\d)[A-Z]{1,8}\d{3,5}): (?<message>[^\n]{1,400})/,
    requires: /(?:\.cs\(\d{1,7},\d{1,7}(?:,\d{1,7},\d{1,7})?\)|\bCSC) ?: error [A-Z]{1,8}\d{3,5}: /,
    errorType: (c) => c.code ?? 'analyzer',
    category: 'build',
    priority: 5,
    summary: (c) => `A code analyzer failed the build with ${c.code}${c.file ? ` in ${c.file}:${c.line}` : ''}: ${c.message}`,
    explanation: (c) =>
      `${c.code} is not a C# compiler error but a rule of a Roslyn analyzer the project uses (${
        c.code?.startsWith('SA') ? 'StyleCop.Analyzers' : c.code?.startsWith('CA') || c.code?.startsWith('IDE') ? 'the .NET code-style and quality analyzers' : 'an analyzer package'
      }). The rule's severity is raised to error by .editorconfig, a ruleset, or TreatWarningsAsErrors, so the build fails on it.`,
    causes: ['The code breaks the analyzer rule', '.editorconfig or TreatWarningsAsErrors makes the rule an error', 'An analyzer package updated with new rules'],
    fixes: (c) => [
      fix(`Fix the code or configure ${c.code}`, [
        `Apply the fix the rule asks for (the IDE's Ctrl+. quick action usually offers it)`,
        `Or set the rule's severity in .editorconfig if the project does not follow it`,
      ], `# .editorconfig\n[*.cs]\ndotnet_diagnostic.${c.code ?? 'SA1200'}.severity = warning`),
    ],
    references: [ref('Configure code analysis rules (.editorconfig)', 'https://learn.microsoft.com/dotnet/fundamentals/code-analysis/configuration-options')],
    samples: ['Startup.cs(11,1): error SA1200: Using directive should appear within a namespace declaration [/workspace/foobar.csproj]'],
  },
  {
    id: 'csharp.msbuild-command-exited',
    language: 'csharp',
    // MSB3073/MSB6006 of a .NET project's build (a package's targets running `dotnet …`, a post-build event), known by a .NET
    // target framework or the NuGet package folder in the text, when no .csproj names it; C++ builds (a .vcxproj,
    // CppCommon.targets, cl.exe or link.exe) stay C++'s.
    match:
      /(?<![\s\S])(?![\s\S]*?(?:\.vcxproj\b|CppCommon\.targets|\bcl\.exe\b|\blink\.exe\b))(?=[\s\S]*?(?:\b(?:netcoreapp|netstandard)\d|\bnet\d{1,2}\.\d{1,2}(?:-[a-z]{1,12})?\b|\.nuget[\\/]packages[\\/]))[\s\S]*?(?:\berror |(?:^|\n)(?:Error|错误)\t)(?<code>MSB3073|MSB6006)(?::[ \t]{0,4}|\t)(?<message>[^\t\n]{1,400})/,
    requires: /MSB3073|MSB6006/,
    errorType: (c) => c.code ?? 'MSB3073',
    category: 'build',
    priority: 11,
    summary: (c) => `A command run by the .NET build exited with an error: ${(c.message ?? '').trim().slice(0, 200)}`,
    explanation: (c) =>
      `${c.code} only says that a command the build ran (${c.code === 'MSB6006' ? 'a tool task' : 'an Exec task: a pre- or post-build event, or a NuGet package\'s build targets'}) exited with a non-zero code. The command's own output, printed just above this line in the build log (Output window, or dotnet build -v n), says why.`,
    causes: ['The command\'s program or a path it uses does not exist on this machine (9009, 3, -1)', 'A tool from a package (a code generator, a manifest tool) failing on this project or SDK version', 'Paths with spaces that the command does not quote'],
    fixes: [
      fix('Run the command by hand and read its output', [
        'Build with detailed verbosity to see the command and its output, then run it in a terminal from the project folder',
        'Update the package whose targets run the command, or fix the pre/post-build event',
      ], 'dotnet build -v d > build.log\n# or in Visual Studio: Tools > Options > Projects and Solutions > Build and Run > MSBuild output verbosity: Detailed'),
    ],
    references: [ref('MSB3073: The command exited with code', 'https://learn.microsoft.com/visualstudio/msbuild/errors/msb3073'), MSBUILD_ERRORS],
    samples: [
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tMSB3073\tThe command "dotnet "obj\\\\FabActUtilTemp\\FabActUtil.dll" /t:manifest /in:"bin\\Debug\\netcoreapp2.2\\win7-x64\\\\App.dll" " exited with code -1.\tApp\tC:\\Users\\me\\.nuget\\packages\\microsoft.servicefabric.actors\\3.4.664\\build\\netcoreapp2.0\\Microsoft.ServiceFabric.Actors.targets\t26',
    ],
  },
];
