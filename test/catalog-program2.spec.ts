/**
 * A second catalog pass over Go, Rust, Ruby, PHP, Java/Kotlin and C# programs' errors as people paste them from
 * logs and CI output (the .NET host and CLI, Rails, rustup and cargo, Gradle and the Kotlin daemon): the tools'
 * own one-line messages, which the engine answered "unknown error". Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the program families' second catalog pass", () => {
  it.each([
    [
      "Description: A .NET Core application failed.\nApplication: WgServerforWindows.exe\nPath: C:\\Program Files (x86)\\WS4W\\WgServerforWindows.exe\nMessage: You must install or update .NET to run this application.\n\nApp: C:\\Program Files (x86)\\WS4W\\WgServerforWindows.exe\nArchitecture: x64\nFramework: 'Microsoft.WindowsDesktop.App', version '3.1.0' (x64)\n.NET location: C:\\Program Files\\dotnet\\\n\nThe following frameworks were found:\n  5.0.17 at [C:\\Program Files\\dotnet\\shared\\Microsoft.WindowsDesktop.App]",
      'csharp',
      'framework not found',
    ],
    [
      "dotnet ./OpenBullet2.dll\nYou must install or update .NET to run this application.\n\nApp: /home/flutterdev/Documents/dev/OpenBullet/OpenBullet2.dll\nArchitecture: x64\nFramework: 'Microsoft.NETCore.App', version '6.0.0' (x64)\n.NET location: /usr/share/dotnet/\n\nThe following frameworks were found:\n  7.0.5 at [/usr/share/dotnet/shared/Microsoft.NETCore.App]",
      'csharp',
      'framework not found',
    ],
    ['To run this application, you must install .NET Core.\nWould you like to download it now?', 'csharp', 'framework not found'],
    ['$ dotnet --version\nA fatal error occurred. The folder [/usr/share/dotnet/host/fxr] does not exist', 'csharp', 'hostfxr not found'],
    [
      'A fatal error occurred, the folder [/usr/share/dotnet/host/fxr] does not contain any version-numbered child folders',
      'csharp',
      'hostfxr not found',
    ],
    [
      'It keeps saying "A fatal error occurred. The folder [C:\\Users\\Username\\Desktop\\depotdownloader-2.3.6\\host\\fxr] does not exist" Help me please',
      'csharp',
      'hostfxr not found',
    ],
    [
      "dotnet run\nCouldn't find a project to run. Ensure a project exists in /Users/yaofang.zjl/Documents/code/work/study/netcore/little-aspnetcore-todo, or pass the path to the project using --project.",
      'csharp',
      "Couldn't find a project to run",
    ],
    [
      'C:\\Users\\micky>dotnet run\nNo se ha podido encontrar un proyecto para ejecutar. Asegúrese de que exista uno en C:\\Users\\micky o pase la ruta de acceso al proyecto mediante --project.',
      'csharp',
      "Couldn't find a project to run",
    ],
    [
      'Blocked host: alexspark-sturdy-space-3000.preview.app.github.dev\n\nTo allow requests to alexspark-sturdy-space-3000.preview.app.github.dev make sure it is a valid hostname (containing only numbers, letters, dashes and dots), then add the following to your environment configuration:\n\nconfig.hosts << "alexspark-sturdy-space--3000.preview.app.github.dev"',
      'ruby',
      'Blocked host',
    ],
    [
      'Blocked hosts: site.com\nTo allow requests to these hosts, make sure they are valid hostnames (containing only numbers, letters, dashes and dots), then add the following to your environment configuration:\n    config.hosts << "site.com"',
      'ruby',
      'Blocked host',
    ],
    [
      "❯ cargo build -p daemon --bin kanidmd --release\nerror: rustup could not choose a version of cargo to run, because one wasn't specified explicitly, and no default is configured.\nhelp: run 'rustup default stable' to download the latest stable release of Rust and set it as your default toolchain.",
      'rust',
      'no default toolchain configured',
    ],
    [
      "$ make build\ncargo build\nerror: rustup could not choose a version of cargo to run, because one wasn't specified explicitly, and no default is configured.\nhelp: run 'rustup default stable' to download the latest stable release of Rust and set it as your default toolchain.\nmake[1]: *** [Makefile.core.mk:15: build] Error 1",
      'rust',
      'no default toolchain configured',
    ],
    [
      'On every Rust command (e.g. cargo). I get the notification "error: no default toolchain configured".',
      'rust',
      'no default toolchain configured',
    ],
    [
      'error: cannot update the lock file $builddir/kwin-polonium/src/polonium-1.2.1/dbus-saver/Cargo.lock because --locked was passed to prevent this\nhelp: to generate the lock file without accessing the network, remove the --locked flag and use --offline instead.',
      'rust',
      'lock file needs to be updated',
    ],
    ['error: the lock file needs to be updated but --frozen was passed to prevent this', 'rust', 'lock file needs to be updated'],
    ['e: Daemon compilation failed: Could not connect to Kotlin compile daemon', 'kotlin', 'Could not connect to Kotlin compile daemon'],
    ['Gradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)', 'java', 'Gradle build daemon disappeared'],
  ])('recognises %#', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it.each([
    // the older cargo wording with a path keeps its own pattern
    [
      'error: the lock file /home/blaggacao/src/github.com/blyxyas/mdbook-emojicodes/Cargo.lock needs to be updated but --locked was passed to prevent this\nIf you want to try to generate the lock file without accessing the network, remove the --locked flag and use --offline instead.',
      'rust',
      'lock file needs to be updated',
    ],
    // a toolchain that is named but not installed stays rustup's other message
    ["$ rustup run 1.0 rustc --version\nerror: toolchain '1.0' is not installed", 'rust', 'toolchain is not installed'],
    // the assembly the app cannot load is the exception's class, not the missing runtime
    [
      "Unhandled exception. System.IO.FileNotFoundException: Could not load file or assembly 'System.Memory, Version=6.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51'. 0x80070002",
      'csharp',
      'FileNotFoundException',
    ],
    // Kestrel's bind failure keeps its class
    [
      'crit: Microsoft.AspNetCore.Server.Kestrel[0]\n      Unable to start Kestrel.\nSystem.IO.IOException: Failed to bind to address http://[::]:80: address already in use.',
      'csharp',
      'IOException',
    ],
    // Kotlin's compile errors in the same Gradle output stay kotlinc's
    [
      "e: file:///C:/Users/dev/AndroidStudioProjects/app/android/app/src/main/kotlin/com/example/MainActivity.kt:5:21 Unresolved reference: FlutterActivity\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':app:compileDebugKotlin'.",
      'kotlin',
      'Unresolved reference',
    ],
    // Puma's bind failure stays Ruby's Errno class
    [
      'bundler: failed to load command: puma (/Users/dev/.asdf/installs/ruby/2.7.2/bin/puma)\nErrno::EADDRINUSE: Address already in use - bind(2) for "0.0.0.0" port 5000',
      'ruby',
      'Errno::EADDRINUSE',
    ],
  ])('keeps %#', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it('repeats the names the message gave in its fixes', () => {
    expect(
      fixText(
        "You must install or update .NET to run this application.\n\nApp: /app/api.dll\nArchitecture: x64\nFramework: 'Microsoft.AspNetCore.App', version '3.1.0' (x64)",
      ),
    ).toContain('aspnetcore-runtime-3.1');
    expect(fixText('Blocked host: shop.internal\nconfig.hosts << "shop.internal"')).toContain('config.hosts << "shop.internal"');
    expect(
      fixText("Couldn't find a project to run. Ensure a project exists in /srv/api, or pass the path to the project using --project."),
    ).toContain('/srv/api');
    expect(fixText('A fatal error occurred. The folder [/usr/lib/dotnet/host/fxr] does not exist')).toContain('/usr/lib/dotnet/host/fxr');
  });
});
