/**
 * A second .NET catalog pass over C# builds and programs as people paste their errors: MSBuild's MSB4018 over the
 * exception a task threw, Visual Studio's Error List rows of MSBuild, SDK and workload codes (also "Error (active)" and
 * Chinese headers), the Android and MAUI workloads' codes (APT, XA, XamlC's XFC, MAUIX) in build logs, Roslyn analyzer
 * errors (StyleCop's SA codes), the ASP.NET Core Module's error pages (500.30, 500.31, 500.0), the host's AggregateException
 * when services cannot be constructed, Unity's ThrowNullReferenceException frame, Blazor's JSException under JavaScript
 * frames, NETSDK1045's and NU1605's messages without their codes, EF's DbUpdateException message, a bare SqlException and MSB3073 of a .NET project known only by its target framework.
 * Pure: the rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe('the second .NET catalog pass', () => {
  it.each([
    [
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tMSB3027\tCould not copy "C:\\Users\\SHaDoW\\.nuget\\packages\\system.security.cryptography.protecteddata\\4.7.0\\runtimes\\win\\lib\\netstandard2.0\\System.Security.Cryptography.ProtectedData.dll" to "bin\\Debug\\netcoreapp3.0\\runtimes\\win\\lib\\netstandard2.0\\System.Security.Cryptography.ProtectedData.dll". Exceeded retry count of 10. Failed. \tUploadFilesServer\tC:\\Program Files (x86)\\Microsoft Visual Studio\\2019\\Enterprise\\MSBuild\\Current\\Bin\\Microsoft.Common.CurrentVersion.targets\t4384',
      'csharp',
      'MSB3027',
    ],
    [
      "System.AggregateException: 'Some services are not able to be constructed (Error while validating the service descriptor 'ServiceType: Dapper.WebApi.Services.IProductRepository Lifetime: Transient ImplementationType: Dapper.WebApi.Services.ProductRepository': Unable to resolve service for type 'Dapper.WebApi.Services.ExecuteCommands.IExecuters' while attempting to activate 'Dapper.WebApi.Services.ProductRepository'.)'",
      'csharp',
      'AggregateException',
    ],
    [
      "HTTP Error 500.30 - ASP.NET Core app failed to start\nCommon solutions to this issue:\nThe app failed to start\nThe app started but then stopped\nThe app started but threw an exception during startup\nTroubleshooting steps:\nCheck the system event log for error messages\nEnable logging the application process' stdout messages\nAttach a debugger to the application process and inspect\nFor more guidance on diagnosing and handling these errors, v",
      'csharp',
      '500.30',
    ],
    [
      '========================== Starting Command Output ===========================\n"C:\\Windows\\system32\\cmd.exe" /D /E:ON /V:OFF /S /C "CALL "D:\\a\\_work\\_temp\\38893e30-51a0-46bf-9ec9-0825eb0fc60d.cmd""\nGET https://dotnet.microsoft.com/download/dotnet/scripts/v1/dotnet-install.ps1\n##[error](NETCORE_ENGINEERING_TELEMETRY=InitializeToolset) HTTP Error 500.30 - ASP.NET Core app failed to start \nCommon solutions to this issue: \nThe app failed to start\nThe app started but then stopped\nThe app started but threw an exception during startup',
      'csharp',
      '500.30',
    ],
    [
      'UnityEngine.Bindings.ThrowHelper.ThrowNullReferenceException (System.Object obj) (at <557fec70fa22493aa8454566f5e6c832>:0)\nUnityEngine.GameObject.get_transform () (at <557fec70fa22493aa8454566f5e6c832>:0)\nShip.GenericShip.GetCenter () (at <8165dfe94de34e78986cd70d2e1682dc>:0)\nTokensChangePanel.Update () (at <8165dfe94de34e78986cd70d2e1682dc>:0)',
      'csharp',
      'NullReferenceException',
    ],
    [
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tMSB4018\tThe "ResolvePackageAssets" task failed unexpectedly.\nNuGet.Packaging.Core.PackagingException: Unable to find fallback package folder \'C:\\Program Files (x86)\\Microsoft Visual Studio\\Shared\\NuGetPackages\'.\n   at NuGet.Packaging.FallbackPackagePathResolver..ctor(String userPackageFolder, IEnumerable`1 fallbackPackageFolders)\n   at Microsoft.NET.Build.Tasks.NuGetPackageResolver.CreateResolver(IEnumerable`1 packageFolders)',
      'csharp',
      'MSB4018',
    ],
    [
      '61>C:\\Program Files\\dotnet\\sdk\\3.1.400\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.PackageDependencyResolution.targets(241,5): error MSB4018: The “ResolvePackageAssets” task failed unexpectedly.\n61>C:\\Program Files\\dotnet\\sdk\\3.1.400\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.PackageDependencyResolution.targets(241,5): error MSB4018: System.ArgumentException: An item with the same key has already been added.\n61>C:\\Program Files\\dotnet\\sdk\\3.1.400\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.PackageDependencyResolution.targets(241,5): error MSB4018: at System.ThrowHelper.ThrowArgumentException(ExceptionResource resource)',
      'csharp',
      'MSB4018',
    ],
    [
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tMSB4018\tThe "ResolvePackageAssets" task failed unexpectedly.\nSystem.Collections.Generic.KeyNotFoundException: The given key was not present in the dictionary.\n   at System.ThrowHelper.ThrowKeyNotFoundException()\n   at System.Collections.Generic.Dictionary`2.get_Item(TKey key)',
      'csharp',
      'MSB4018',
    ],
    [
      '\tM:\\Workspace\\github\\corefx\\packages\\Microsoft.DotNet.BuildTools.1.0.25-prerelease-00043\\lib\\packageresolve.targets(74,5): error MSB4018: The "ResolveNuGetPackageAssets" task failed unexpectedly. [M:\\Workspace\\github\\corefx\\src\\Microsoft.VisualBasic\\src\\Microsoft.VisualBasic.vbproj]\n\tM:\\Workspace\\github\\corefx\\packages\\Microsoft.DotNet.BuildTools.1.0.25-prerelease-00043\\lib\\packageresolve.targets(74,5): error MSB4018: System.NullReferenceException: Object reference not set to an instance of an object. [M:\\Workspace\\github\\corefx\\src\\Microsoft.VisualBasic\\src\\Microsoft.VisualBasic.vbproj]',
      'csharp',
      'MSB4018',
    ],
    [
      '## 开始执行... 2022-11-14 01:02:32\n\n# 正在应用 优先Cookie 模式...\nrepo目录: /ql/data/repo\nbili仓库目录: /ql/data/repo/RayWangQvQ_BiliBiliToolPro_develop\n\n/home/dotnet/sdk/6.0.201/Sdks/Microsoft.NET.Sdk/targets/Microsoft.PackageDependencyResolution.targets(267,5): error MSB4018: “ResolvePackageAssets”任务意外失败。 [/ql/data/repo/RayWangQvQ_BiliBiliToolPro_develop/src/Ray.BiliBiliTool.Console/Ray.BiliBiliTool.Console.csproj]\n/home/dotnet/sdk/6.0.201/Sdks/Microsoft.NET.Sdk/targets/Microsoft.PackageDependencyResolution.targets(267,5): error MSB4018: System.IndexOutOfRangeException: Index was outside the bounds of the array. [/ql/data/repo/RayWangQvQ_BiliBiliToolPro_develop/src/Ray.BiliBiliTool.Console/Ray.BiliBiliTool.Console.csproj]',
      'csharp',
      'MSB4018',
    ],
    [
      '          at Object.t.renderBatch (https://localhost:44381/_framework/blazor.webassembly.js:1:11924)\n          at Object.window.Blazor._internal.renderBatch (https://localhost:44381/_framework/blazor.webassembly.js:1:61687)\n          at Object.w [as invokeJSFromDotNet] (https://localhost:44381/_framework/blazor.webassembly.js:1:64209)\n          at _mono_wasm_invoke_js_blazor (https://localhost:44381/_framework/dotnet.5.0.0.js:1:190800)\n          at wasm_invoke_iiiiii (<anonymous>:wasm-function[5611]:0xdda7c)\nMicrosoft.JSInterop.JSException: No element is currently associated with component 800\nError: No element is currently associated with component 800\n    at e.updateComponent (https://localhost:44381/_framework/blazor.webassembly.js:1:31484)\n    at Object.t.renderBatch (https://localhost:44381/_framework/blazor.webassembly.js:1:11924)',
      'csharp',
      'JSException',
    ],
    [
      "/usr/local/share/dotnet/packs/Microsoft.Android.Sdk.Darwin/34.0.85/tools/Xamarin.Android.Common.targets(1482,3): error XA8000: Could not find Android Resource '@styleable/SKCanvasView'. Please update @(AndroidResource) to add the missing resource. [/Users/dom/Documents/GitHub Repos/NetMAUI-To-Do-List-App/ToDoListApp.csproj::TargetFramework=net8.0-android]\n/usr/local/share/dotnet/packs/Microsoft.Android.Sdk.Darwin/34.0.85/tools/Xamarin.Android.Common.targets(1482,3): error XA8000: Could not find Android Resource '@styleable/SKCanvasView_ignorePixelScaling'. Please update @(AndroidResource) to add the missing resource. [/Users/dom/Documents/GitHub Repos/NetMAUI-To-Do-List-App/ToDoListApp.csproj::TargetFramework=net8.0-android]",
      'csharp',
      'XA8000',
    ],
    [
      '严重性\t代码\t说明\t项目\t文件\t行\t禁止显示状态\n错误\tAPT2067\tfailed processing manifest.\n\tMauiApp1\tC:\\Program Files\\dotnet\\packs\\Microsoft.Android.Sdk.Windows\\34.0.43\\tools\\Xamarin.Android.Aapt2.targets\t214\t\n错误\tAPT2260\tresource mipmap/appicon (aka com.companyname.mauiapp1:mipmap/appicon) not found.\n\nThis error is likely caused by an issue with the AndroidManifest.xml file or an Android manifest generation attribute in a source code file.\tMauiApp1\tF:\\Develop\\Projects\\csharp\\2023\\MauiApp1\\MauiApp1\\Platforms\\Android\\AndroidManifest.xml\t1\t',
      'csharp',
      'APT2067',
    ],
    [
      '3>Resources\\values\\themes.xml(2): error APT2260: resource attr/colorSurface (aka <package name>:attr/colorSurface) not found.',
      'csharp',
      'APT2260',
    ],
    [
      '1>C:\\Users\\bushm\\source\\repos\\MyFirstMauiApp\\MyFirstMauiApp\\Platforms\\Android\\AndroidManifest.xml : error APT2260: This error is likely caused by an issue with the AndroidManifest.xml file or an Android manifest generation attribute in a source code file.\n1>C:\\Users\\bushm\\source\\repos\\MyFirstMauiApp\\MyFirstMauiApp\\Platforms\\Android\\AndroidManifest.xml : error APT2260: resource mipmap/appicon_round (aka com.companyname.myfirstmauiapp:mipmap/appicon_round) not found.\n1>C:\\Users\\bushm\\source\\repos\\MyFirstMauiApp\\MyFirstMauiApp\\Platforms\\Android\\AndroidManifest.xml : error APT2260: \n1>C:\\Users\\bushm\\source\\repos\\MyFirstMauiApp\\MyFirstMauiApp\\Platforms\\Android\\AndroidManifest.xml : error APT2260: This error is likely caused by an issue with the AndroidManifest.xml file or an Android manifest generation attribute in a source code file.',
      'csharp',
      'APT2260',
    ],
    [
      'error APT2260: resource mipmap/appicon (aka com.x.x:mipmap/appicon) not found.\nerror APT2260: \nerror APT2260: This error is likely caused by an issue with the AndroidManifest.xml file or an Android manifest generation attribute in a source code file.\nerror APT2260: resource mipmap/appicon_round (aka com.x.x:mipmap/appicon_round) not found.\nerror APT2260: \nerror APT2260: This error is likely caused by an issue with the AndroidManifest.xml file or an Android manifest generation attribute in a source code file.\n6>C:\\Program Files\\dotnet\\packs\\Microsoft.Android.Sdk.Windows\\34.0.0-rc.1.432\\tools\\Xamarin.Android.Aapt2.targets(214,3): error APT2067: failed processing manifest.',
      'csharp',
      'APT2260',
    ],
    [
      '5>------ Build started: Project: CommunicationCallingSampleMauiApp, Configuration: Debug Any CPU ------\n5>C:\\Program Files\\dotnet\\packs\\Microsoft.Maui.Sdk\\8.0.7\\Sdk\\BundledVersions.targets(85,5): warning MA002: Starting with .NET 8, setting  <UseMaui>true</UseMaui>  does not automatically include NuGet package references in your project.  Update your project by including this item:  <PackageReference Include="Microsoft.Maui.Controls" Version="8.0.7" />.  You can skip this warning by setting  <SkipValidateMauiImplicitPackageReferences>true</SkipValidateMauiImplicitPackageReferences>  in your project file.\n5>C:\\Program Files\\dotnet\\packs\\Microsoft.Android.Sdk.Windows\\34.0.52\\tools\\Xamarin.Android.Aapt2.targets(123,3): error APT2098: drawable_azure_communication_ui_calling_ic_fluent_video_off_24_filled_composite_button_filled.xml.flat: error: failed to open file. "drawable_azure_communication_ui_calling_ic_fluent_video_off_24_filled_composite_button_filled.xml.flat: error: failed to open file.".',
      'csharp',
      'APT2098',
    ],
    ['AndroidManifest.xml: error APT2260: resource style/Maui.SplashTheme (aka style/Maui.SplashTheme) not found. ', 'csharp', 'APT2260'],
    ['"Detected package downgrade: Newtonsoft.Json from 13.0.1 to 12.0.3."', 'csharp', 'NU1605'],
    ['HTTP Error 500.0 - ANCM In-Process Handler Load Failure', 'csharp', '500.0'],
    [
      "HTTP Error 500.31 - Failed to load ASP.NET Core runtime \n\nCommon solutions to this issue: \nThe specified version of Microsoft.NetCore.App or Microsoft.AspNetCore.App was not found. \nTroubleshooting steps: \n• Check the system event log for error messages \n• Enable logging the application process' stdout messages \n• Attach a debugger to the application process and inspect \n\nFor more information visit:  https://go.microsoft.com/fwlink/?LinkID=2028526",
      'csharp',
      '500.31',
    ],
    [
      " An error occurred while updating the entries. See the inner exception for details.Cannot insert explicit value for identity column in table 'ClientScopes' when IDENTITY_INSERT is set to OFF.",
      'csharp',
      'DbUpdateException',
    ],
    [
      "SqlException: Cannot insert explicit value for identity column in table 'Clients' when IDENTITY_INSERT is set to OFF.",
      'csharp',
      'SqlException',
    ],
    [
      '  Controls.Core -> /home/vsts/work/1/s/artifacts/bin/Controls.Core/Debug/netstandard2.0/Microsoft.Maui.Controls.dll\n  ##vso[build.updatebuildnumber]11.0.0-ci+azdo.14416734\n  Controls.Xaml -> /home/vsts/work/1/s/artifacts/bin/Controls.Xaml/Debug/netstandard2.0/Microsoft.Maui.Controls.Xaml.dll\n/home/vsts/work/1/s/src/Controls/tests/Xaml.UnitTests/Issues/Bz40906.xaml(6,4): error MAUIX2017: Property \'ContentPage.Content\' is being set multiple times. Only the last value will be used. [/home/vsts/work/1/s/src/Controls/tests/Xaml.UnitTests/Controls.Xaml.UnitTests.csproj]\n/home/vsts/work/1/s/src/Controls/tests/Xaml.UnitTests/Issues/Gh2517.xaml(6,13): warning MAUIG2045: Binding: Property "MissingProperty" not found on "global::Microsoft.Maui.Controls.Label". The binding will use slower reflection-based binding at runtime.',
      'csharp',
      'MAUIX2017',
    ],
    [
      '/home/vsts/work/1/s/src/Controls/tests/Xaml.UnitTests/GlobalScopedExtensionProperties.sgen.xaml(4,32): error MAUIX2002: No accessible property, BindableProperty, or event found for "GlobalTag", or mismatching type between value and property. [/home/vsts/work/1/s/src/Controls/tests/Xaml.UnitTests/Controls.Xaml.UnitTests.csproj]\n/home/vsts/work/1/s/src/Controls/tests/Xaml.UnitTests/ScopedExtensionProperties.sgen.xaml(15,27): error MAUIX2002: No accessible property, BindableProperty, or event found for "ScopedTag", or mismatching type between value and property. [/home/vsts/work/1/s/src/Controls/tests/Xaml.UnitTests/Controls.Xaml.UnitTests.csproj]',
      'csharp',
      'MAUIX2002',
    ],
    [
      'Startup.cs(11,1): error SA1200: Using directive should appear within a namespace declaration [/workspace/foobar.csproj]\nStartup.cs(1,1): error SA1633: The file header is missing or not located at the top of the file. [/workspace/foobar.csproj]\nStartup.cs(33,1): error SA1507: Code should not contain multiple blank lines in a row [/workspace/foobar.csproj]\nStartup.cs(48,17): error SA1515: Single-line comment should be preceded by blank line [/workspace/foobar.csproj]\nStartup.cs(19,13): error SA1101: Prefix local calls with this [/workspace/foobar.csproj]\nCSC : error SA0001: XML comment analysis is disabled due to project configuration [/workspace/foobar.csproj]\n  foobar -> /workspace/bin/Debug/netcoreapp2.2/foobar.dll\n  foobar -> /workspace/bin/Debug/netcoreapp2.2/foobar.Views.dll\n\nBuild FAILED.',
      'csharp',
      'SA1200',
    ],
    [
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError (active)\tNETSDK1045\tThe current .NET SDK does not support targeting .NET 9.0.  Either target .NET 8.0 or lower, or use a version of the .NET SDK that supports .NET 9.0. Download the .NET SDK from https://aka.ms/dotnet/download\tMyFirstDotNet9WebApp\tC:\\Program Files\\dotnet\\sdk\\8.0.300\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.NET.TargetFrameworkInference.targets\t166',
      'csharp',
      'NETSDK1045',
    ],
    [
      'The current .NET SDK does not support targeting .NET 9.0. Either target .NET 8.0 or lower, or use a version of the .NET SDK that supports .NET 9.0. Download the .NET SDK from https://aka.ms/dotnet/download',
      'csharp',
      'NETSDK1045',
    ],
    [
      'The current .NET SDK does not support targeting .NET 10.0.  Either target .NET 8.0 or lower, or use a version of the .NET SDK that supports .NET 10.0. Download',
      'csharp',
      'NETSDK1045',
    ],
    [
      'The current .NET SDK does not support targeting .NET 6.0.  Either target .NET 5.0 or lower, or use a version of the .NET SDK that supports .NET 6.0.',
      'csharp',
      'NETSDK1045',
    ],
    [
      'Error\tXA5207\tCould not find android.jar for API Level 19. This means the Android SDK platform for API Level 19 is not installed. Either install it in the Android SDK Manager (Tools > Open Android SDK Manager...), or change your Xamarin.Android project to target an API version that is installed. (C:\\Program Files (x86)\\Android\\android-sdk\\platforms\\android-19\\android.jar missing.)\tPlugin.CurrentActivity.Android',
      'csharp',
      'XA5207',
    ],
    [
      'error XA5207: Could not find android.jar for API level 32.\nThis means the Android SDK platform for API level 32 is not installed.\nEither install it in the Android SDK Manager (Tools > Android > Android SDK Manager...),\nor change the Xamarin.Android project to target an API version that is installed.',
      'csharp',
      'XA5207',
    ],
    [
      ' /Users/runner/Library/Android/dotnet/packs/Microsoft.Android.Sdk.osx-x64/11.0.200-ci.pr.gh5653.119/tools\n/Xamarin.Android.Common.targets(517,2): error XA5207: Could not find android.jar for API level 31. This means\n the Android SDK platform for API level 31 is not installed. Either install it in the Android SDK Manager (Tools >\n Open Android SDK Manager...), or change the Xamarin.Android project to target an API version that is\n installed. (/Users/runner/Library/Android/sdk/platforms/android-31/android.jar missing.) [/Users/runner\n/work/1/s/bin/TestRelease/temp/CheckLintErrorsAndWarnings/UnnamedProject.csproj]',
      'csharp',
      'XA5207',
    ],
    [
      '    error XA5207: Could not find android.jar for API level 36. This means the Android SDK platform for API level 36 is not installed; it was expected to be in `/Users/builder/Library/Developer/Xamarin/android-sdk-macosx/platforms/android-36/android.jar`. [/Users/builder/azdo/_work/5/s/generated/org.jetbrains.kotlinx.atomicfu-jvm/org.jetbrains.kotlinx.atomicfu-jvm.csproj::TargetFramework=net10.0-android]\n    error XA5207: You can install the missing API level by running `dotnet build -t:InstallAndroidDependencies -f net10.0-android "-p:AndroidSdkDirectory=/Users/builder/Library/Developer/Xamarin/android-sdk-macosx"`, or change the project to target an API version that is installed. [/Users/builder/azdo/_work/5/s/generated/org.jetbrains.kotlinx.atomicfu-jvm/org.jetbrains.kotlinx.atomicfu-jvm.csproj::TargetFramework=net10.0-android]\n    error XA5207: See https://aka.ms/xa5207 for more details.',
      'csharp',
      'XA5207',
    ],
    [
      '-------- dotnet pack -c Release in D:\\a\\SQLitePCL.raw\\SQLitePCL.raw\\SQLitePCL.raw\\src\\SQLitePCLRaw.lib.e_sqlite3.android\nMicrosoft (R) Build Engine version 17.1.0+ae57d105c for .NET\nCopyright (C) Microsoft Corporation. All rights reserved.\n\n  Determining projects to restore...\n  Restored D:\\a\\SQLitePCL.raw\\SQLitePCL.raw\\SQLitePCL.raw\\src\\SQLitePCLRaw.lib.e_sqlite3.android\\SQLitePCLRaw.lib.e_sqlite3.android.csproj (in 305 ms).\nError: C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Xamarin\\Android\\Xamarin.Android.Common.targets(534,2): error XA5207: Could not find android.jar for API level 26. This means the Android SDK platform for API level 26 is not installed. Either install it in the Android SDK Manager (Tools > Android > Android SDK Manager...), or change the Xamarin.Android project to target an API version that is installed. (C:\\Program Files (x86)\\Android\\android-sdk\\platforms\\android-26\\android.jar missing.) [D:\\a\\SQLitePCL.raw\\SQLitePCL.raw\\SQLitePCL.raw\\src\\SQLitePCLRaw.lib.e_sqlite3.android\\SQLitePCLRaw.lib.e_sqlite3.android.csproj]\n  SQLitePCLRaw.lib.e_sqlite3.android -> D:\\a\\SQLitePCL.raw\\SQLitePCL.raw\\SQLitePCL.raw\\src\\SQLitePCLRaw.lib.e_sqlite3.android\\bin\\Release\\net6.0-android\\SQLitePCLRaw.lib.e_sqlite3.android.dll',
      'csharp',
      'XA5207',
    ],
    [
      'error XA5207: Could not find android.jar for API Level 27. This means the Android SDK platform for API Level 27 is not installed. Either install it in the Android SDK Manager (Tools > Open Android SDK Manager...), or change your Xamarin.Android project to target an API version that is installed. (C:\\Program Files (x86)\\Android\\android-sdk\\platforms\\android-27\\android.jar missing.) [C:\\projects\\mvvmcross\\MvvmCross.Android.Support\\Core.UI\\MvvmCross.Droid.Support.Core.UI.csproj]',
      'csharp',
      'XA5207',
    ],
    [
      '6>xaml\\cells\\linear_guage_cell\\mqtt_linear_guage_vm_template.xaml(13,6): XamlC error XFC0000: Cannot resolve type "fbd_forms:FbdLinearGaugeButton2".\n6>xaml\\cells\\radial_guage_cell\\mqtt_radial_guage_vm_template.xaml(13,6): XamlC error XFC0000: Cannot resolve type "fbd_forms:FbdRadialGuageButton".\n6>xaml\\themes\\standard\\standard_screen_style.xaml(763,42): XamlC error XFC0000: Cannot resolve type "FbdLinearGaugeButton2".\n6>Done building project "fbd.iot.controller.csproj" -- FAILED.',
      'csharp',
      'XFC0000',
    ],
    ['[XFC0000] Cannot resolve type "UserStatusValidatorViewModel"', 'csharp', 'XFC0000'],
    ['XamlC error XFC0000: Cannot resolve type "http://schemas.microsoft.com/winfx/2009/xaml:Bind"', 'csharp', 'XFC0000'],
    [
      'ridecommand-app/Portable/App.xaml: Error:  : XamlC error XFC0000 : Cannot resolve type &quot;Application&quot;.\nridecommand-app/Portable/Controls/ActivityItemDetailsView.xaml: Error:  : XamlC error XFC0000 : Cannot resolve type &quot;StackLayout&quot;.\nridecommand-app/Portable/Pages/MoreTab/MorePage.xaml: Error:  : XamlC error XFC0000 : Cannot resolve type &quot;ContentPage&quot;.',
      'csharp',
      'XFC0000',
    ],
    [
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tMSB3073\tThe command "dotnet "obj\\\\FabActUtilTemp\\FabActUtil.dll" /spp:"PackageRoot" /t:manifest /sp:"IAP.InteractionAddActor" /in:"bin\\Debug\\netcoreapp2.2\\win7-x64\\\\IAP.InteractionAddActor.dll" /arp:"(...)\\InteractionAddActor\\bin\\Debug\\netcoreapp2.2\\win7-x64\\\\" /smep:Exe " exited with code -1.\tInteractionAddActor\tC:\\Users\\mifujiwa\\.nuget\\packages\\microsoft.servicefabric.actors\\3.4.664\\build\\netcoreapp2.0\\Microsoft.ServiceFabric.Actors.targets\t26\t',
      'csharp',
      'MSB3073',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'error MSB3027: 无法将“F:\\github\\abptools\\AbpHelper.CLI\\src\\AbpHelper\\Templates\\Crud\\Groups\\Test\\test\\{{ ProjectInfo.FullName }}.EntityFrameworkCore.Tests\\EntityFrameworkCore\\{{ EntityInfo.NamespaceLastPart }}\\{{ EntityInfo.Name }}RepositoryTests.cs.sbntxt”复制到“bin\\Debug\\netcoreapp3.1\\publish\\Templates\\Crud\\Groups\\Test\\test\\{{ ProjectInfo.FullName }}.EntityFrameworkCore.Tests\\EntityFrameworkCore\\{{ EntityInfo.NamespaceLastPart }}\\{{ EntityInfo.Name }}RepositoryTests.cs.sbntxt”。超出了重试计数 10。失败。',
      'csharp',
      'MSB3027',
    ],
    [
      'C:\\Program Files (x86)\\Microsoft Visual Studio\\2017\\Enterprise\\MSBuild\\15.0\\Bin\\Microsoft.Common.CurrentVersion.targets(4052,5): error MSB3027: could not copy "obj\\x86\\Debug\\LibName.dll" to "bin\\x86\\Debug\\LibName.dll". Exceeded retry count of 10. Failed.\nC:\\Program Files (x86)\\Microsoft Visual Studio\\2017\\Enterprise\\MSBuild\\15.0\\Bin\\Microsoft.Common.CurrentVersion.targets(4052,5): error MSB3021: unable to copy file "obj\\x86\\Debug\\LibName.dll" to "bin\\x86\\Debug\\LibName.dll". The process cannot access the file "bin\\x86\\Debug\\LibName.dll" because it is being used by another process.',
      'csharp',
      'MSB3027',
    ],
    [
      "Unable to resolve service for type 'Tauchbolde.Common.DomainServices.Notifications.HtmlFormatting.IHtmlFooterFormatter' while attempting to activate 'Tauchbolde.Common.DomainServices.Notifications.HtmlFormatting.HtmlFormatter'.\n\nSystem.InvalidOperationException:\n   at Microsoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.CreateArgumentCallSites (Microsoft.Extensions.DependencyInjection, Version=2.2.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60)\n   at Microsoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.CreateConstructorCallSite (Microsoft.Extensions.DependencyInjection, Version=2.2.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60)",
      'csharp',
      'InvalidOperationException',
    ],
    [
      "InvalidOperationException: Unable to resolve service for type 'Microsoft.Extensions.Configuration.IConfigurationRoot' while attempting to activate 'DZT.Configuration.InfrastructureConfiguration'.\nMicrosoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.CreateArgumentCallSites(Type serviceType, Type implementationType, ISet<Type> callSiteChain, ParameterInfo[] parameters, bool throwIfCallSiteNotFound)\nMicrosoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.CreateConstructorCallSite(Type serviceType, Type implementationType, ISet<Type> callSiteChain)",
      'csharp',
      'InvalidOperationException',
    ],
    [
      "System.InvalidOperationException: 'Unable to resolve service for type 'Jaya.Provider.FileSystem.Services.FileSystemService' while attempting to activate 'Jaya.Ui.Services.ProviderService'.'",
      'csharp',
      'InvalidOperationException',
    ],
    [
      "System.InvalidOperationException\n  HResult=0x80131509\n  Message=Unable to resolve service for type 'System.String' while attempting to activate 'ToSic.Sxc.LookUp.Internal.LookUpEngineResolverBase'.\n  Source=Microsoft.Extensions.DependencyInjection\n  StackTrace:",
      'csharp',
      'InvalidOperationException',
    ],
    [
      "fail: Microsoft.AspNetCore.Diagnostics.DeveloperExceptionPageMiddleware[1]\n      An unhandled exception has occurred while executing the request.\nSystem.InvalidOperationException: Unable to resolve service for type 'ReproDiIssue.Infrastructure.Config.SlackAppConfig' while attempting to activate 'ReproDiIssue.Services.SlackService'.\nMicrosoft.AspNetCore.Diagnostics.DeveloperExceptionPageMiddleware:Error: An unhandled exception has occurred while executing the request.\nSystem.InvalidOperationException: Unable to resolve service for type 'ReproDiIssue.Infrastructure.Config.SlackAppConfig' while attempting to activate 'ReproDiIssue.Services.SlackService'.\n   at Microsoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.CreateArgumentCallSites(Type serviceType, Type implementationType, CallSiteChain callSiteChain, ParameterInfo[] parameters, Boolean throwIfCallSiteNotFound)",
      'csharp',
      'InvalidOperationException',
    ],
    [
      'Start:\nSystem.IO.IOException: Failed to bind to address http://127.0.0.1:5000: address already in use.\n ---> Microsoft.AspNetCore.Connections.AddressInUseException: Address already in use\n ---> System.Net.Sockets.SocketException (98): Address already in use\n   at System.Net.Sockets.Socket.UpdateStatusAfterSocketErrorAndThrowException(SocketError error, String callerName)\n   at System.Net.Sockets.Socket.DoBind(EndPoint endPointSnapshot, SocketAddress socketAddress)\n   at System.Net.Sockets.Socket.Bind(EndPoint localEP)\n   at Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets.SocketConnectionListener.Bind()\n   --- End of inner exception stack trace ---',
      'csharp',
      'IOException',
    ],
    [
      "2024-05-18 23:00:50 warn: Microsoft.AspNetCore.Server.Kestrel[0]\n2024-05-18 23:00:50       Overriding address(es) 'http://*:8080'. Binding to endpoints defined via IConfiguration and/or UseKestrel() instead.\n2024-05-18 23:00:50 fail: Microsoft.Extensions.Hosting.Internal.Host[11]\n2024-05-18 23:00:50       Hosting failed to start\n2024-05-18 23:00:50       System.IO.IOException: Failed to bind to address http://127.0.0.1:5010: address already in use.\n2024-05-18 23:00:50        ---> Microsoft.AspNetCore.Connections.AddressInUseException: Address already in use\n2024-05-18 23:00:50        ---> System.Net.Sockets.SocketException (98): Address already in use\n2024-05-18 23:00:50          at System.Net.Sockets.Socket.DoBind(EndPoint endPointSnapshot, SocketAddress socketAddress)\n2024-05-18 23:00:50          at System.Net.Sockets.Socket.Bind(EndPoint localEP)",
      'csharp',
      'IOException',
    ],
    [
      "krypt@KryptEB840G5:~/BBdotNET/Apps/testWebApp$ dotnet run\ninfo: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[0]\n      User profile is available. Using '/home/krypt/.aspnet/DataProtection-Keys' as key repository; keys will not be encrypted at rest.\ncrit: Microsoft.AspNetCore.Server.Kestrel[0]\n      Unable to start Kestrel.\nSystem.IO.IOException: Failed to bind to address http://127.0.0.1:5000: address already in use.\n ---> Microsoft.AspNetCore.Connections.AddressInUseException: Address already in use\n ---> System.Net.Sockets.SocketException (98): Address already in use\n   at System.Net.Sockets.Socket.UpdateStatusAfterSocketErrorAndThrowException(SocketError error, String callerName)",
      'csharp',
      'IOException',
    ],
    [
      '[19:55:46 FTL] Unable to start Kestrel.\nSystem.IO.IOException: Failed to bind to address http://127.0.0.1:5000: address already in use.\n ---> Microsoft.AspNetCore.Connections.AddressInUseException: Only one usage of each socket address (protocol/network address/port) is normally permitted.\n ---> System.Net.Sockets.SocketException (10048): Only one usage of each socket address (protocol/network address/port) is normally permitted.\n   at System.Net.Sockets.Socket.UpdateStatusAfterSocketErrorAndThrowException(SocketError error, String callerName)',
      'csharp',
      'IOException',
    ],
    [
      'Unhandled Exception: System.AggregateException: One or more errors occurred. (Error -98 EADDRINUSE address already in use) ---> Microsoft.AspNetCore.Server.Kestrel.Internal.Networking.UvException: Error -98 EADDRINUSE address already in use\n   at Microsoft.AspNetCore.Server.Kestrel.Internal.Networking.Libuv.Check(Int32 statusCode)\n   at Microsoft.AspNetCore.Server.Kestrel.Internal.Networking.UvTcpHandle.GetSockIPEndPoint()',
      'csharp',
      'AggregateException',
    ],
    [
      'System.IO.IOException: Failed to bind to address http://localhost:1146 on the IPv4 loopback interface: port already in use. ---> System.AggregateException: One or more errors occurred. (Error -4091 EADDRINUSE address already in use) ---> Microsoft.AspNetCore.Server.Kestrel.Internal.Networking.UvException: Error -4091 EADDRINUSE address already in use\n   at Microsoft.AspNetCore.Server.Kestrel.Internal.Networking.Libuv.tcp_getsockname(UvTcpHandle handle, SockAddr& addr, Int32& namelen)',
      'csharp',
      'IOException',
    ],
    [
      'System.Data.Entity.Core.UpdateException: An error occurred while updating the entries. See the inner exception for details. ---> Npgsql.PostgresException: 23505: duplicate key value violates unique constraint',
      'csharp',
      'UpdateException',
    ],
    [
      'An exception occurred in the database while saving changes for context type \'HappyTravel.NetstormingConnector.Data.NetstormingContext\'.\nMicrosoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n ---> Npgsql.PostgresException (0x80004005): 23502: null value in column "Code" violates not-null constraint',
      'csharp',
      'DbUpdateException',
    ],
    [
      'Vita.Entities.DataAccessException: 23505: duplicate key value violates unique constraint "PK_PgUniqueStructureTopologicalIndex" ---> Npgsql.PostgresException: 23505: duplicate key value violates unique constraint "PK_PgUniqueStructureTopologicalIndex"\n   at Npgsql.NpgsqlConnector.<>c__DisplayClass161_0.<<ReadMessage>g__ReadMessageLong|0>d.MoveNext()\n--- End of stack trace from previous location where exception was thrown ---\n   at System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw()',
      'csharp',
      'DataAccessException',
    ],
    [
      'EROR 10:12:44 -- An exception occurred in the database while saving changes for context type \'NosCore.Database.NosCoreContext\'.\nMicrosoft.EntityFrameworkCore.DbUpdateException: An error occurred while updating the entries. See the inner exception for details.\n ---> Npgsql.PostgresException (0x80004005): 23503: update or delete on table "ItemInstance" violates foreign key constraint "FK_InventoryItemInstance_ItemInstance_ItemInstanceId" on table "InventoryItemInstance"\n   at Npgsql.NpgsqlConnector.<ReadMessage>g__ReadMessageLong|194_0(NpgsqlConnector connector, Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)',
      'csharp',
      'DbUpdateException',
    ],
    [
      'Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n       ---> Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint "PK_section"',
      'csharp',
      'DbUpdateException',
    ],
    [
      'fail: Microsoft.EntityFrameworkCore.Update[10000]\n      An exception occurred in the database while saving changes for context type \'BDMS.BdmsContext\'.\n      Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n       ---> Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint "borehole_pkey"',
      'csharp',
      'DbUpdateException',
    ],
    [
      'NullReferenceException: Object reference not set to an instance of an object\n  at Scp106PlayerScript.AnimateHighlightedText () [0x00000] in <filename unknown>:0 \n  at Scp106PlayerScript.Update () [0x00000] in <filename unknown>:0',
      'csharp',
      'NullReferenceException',
    ],
    [
      'NullReferenceException: Object reference not set to an instance of an object\nStartAudioScript.Start () (at Assets/Scripts/StartAudioScript.cs:13)',
      'csharp',
      'NullReferenceException',
    ],
    [
      'NullReferenceException: Object reference not set to an instance of an object\nExperimentManager.UpdateQuickSettingDropdown () (at Assets/Scripts/TrajectoryPlanner/ExperimentManager.cs:32)\nExperimentManager.Awake () (at Assets/Scripts/TrajectoryPlanner/ExperimentManager.cs:22)',
      'csharp',
      'NullReferenceException',
    ],
    [
      'NullReferenceException: Object reference not set to an instance of an object\nReporter.Update () (at Assets/Unity-Logs-Viewer/Reporter/Reporter.cs:1844)',
      'csharp',
      'NullReferenceException',
    ],
    [
      '[Warning:UnityExplorer] [UniverseLib] Exception invoking update method for com.sinai.unityexplorer: System.NullReferenceException: Object reference not set to an instance of an object\n  at UnityExplorer.UI.UIManager.Update () [0x00012] in <51aa1906a4be487d826fc3320f54235b>:0\n  at UniverseLib.UI.UIBase.Update () [0x0000b] in D:\\a\\UnityExplorer\\UnityExplorer\\UniverseLib\\src\\UI\\UIBase.cs:105',
      'csharp',
      'NullReferenceException',
    ],
    [
      "Program.cs(4,7): error CS0246: The type or namespace name 'Internal' could not be found (are you missing a using directive or an assembly reference?) [/Users/subhro/Documents/programming/dotnetCore/dotnetCore.csproj]\nThe build failed. Fix the build errors and run again.",
      'csharp',
      'CS0246',
    ],
    [
      "error CS0246 The type or namespace name 'Nunit' Could not be found (are you missing using directive or an assembly reference)",
      'csharp',
      'CS0246',
    ],
    [
      "Error CS0246: The type or namespace name 'CollectionWrapperBase' could not be found (are you missing a using directive or an assembly reference?)",
      'csharp',
      'CS0246',
    ],
    [
      "Error\tCS0246\tThe type or namespace name 'CSharpCompiler' could not be found (are you missing a using directive or an assembly reference?)\tCSharpCommandLineTest\tC:\\Users\\sven\\roslyn\\src\\Compilers\\CSharp\\Test\\CommandLine\\CommandLineTests.cs\t6074\nError\tCS0246\tThe type or namespace name 'CSharpCompiler' could not be found (are you missing a using directive or an assembly reference?)\tCSharpCommandLineTest\tC:\\Users\\sven\\roslyn\\src\\Compilers\\CSharp\\Test\\CommandLine\\CommandLineTests.cs\t6088",
      'csharp',
      'CS0246',
    ],
    [
      "C:\\Users\\valkyrienyanko\\Desktop\\ENet-CSharp>dotnet build\nMicrosoft (R) Build Engine version 16.5.0+d4cbfca49 for .NET Core\nCopyright (C) Microsoft Corporation. All rights reserved.\n\n  Restore completed in 51.74 ms for C:\\Users\\valkyrienyanko\\Desktop\\ENet-CSharp\\MSBuild\\ENetTests\\ENetTests.csproj.\n  Restore completed in 51.72 ms for C:\\Users\\valkyrienyanko\\Desktop\\ENet-CSharp\\MSBuild\\CMake\\CMake.csproj.\n  Restore completed in 51.72 ms for C:\\Users\\valkyrienyanko\\Desktop\\ENet-CSharp\\MSBuild\\ENetCSharp\\ENetCSharp.csproj.\nobj\\Debug\\netcoreapp2.2\\CMake.AssemblyInfo.cs(13,12): error CS0246: The type or namespace name 'System' could not be found (are you missing a using directive or an assembly reference?) [C:\\Users\\valkyrienyanko\\Desktop\\ENet-CSharp\\MSBuild\\CMake\\CMake.csproj]\nobj\\Debug\\netcoreapp2.2\\CMake.AssemblyInfo.cs(14,12): error CS0246: The type or namespace name 'System' could not be found (are you missing a using directive or an assembly reference?) [C:\\Users\\valkyrienyanko\\Desktop\\ENet-CSharp\\MSBuild\\CMake\\CMake.csproj]",
      'csharp',
      'CS0246',
    ],
    [
      "2019-09-17T23:02:09.5812225Z ##[error]Job/JobMessages.cs(20,63): error CS0246: The type or namespace name 'Mid0037' could not be found (are you missing a using directive or an assembly reference?) [/home/runner/work/OpenProtocolInterpreter/OpenProtocolInterpreter/src/OpenProtocolInterpreter/OpenProtocolInterpreter.csproj]\n2019-09-17T23:02:09.5813491Z ##[error]Job/JobMessages.cs(21,19): error CS0103: The name 'Mid0038' does not exist in the current context [/home/runner/work/OpenProtocolInterpreter/OpenProtocolInterpreter/src/OpenProtocolInterpreter/OpenProtocolInterpreter.csproj]",
      'csharp',
      'CS0246',
    ],
    [
      'C:\\Program Files\\dotnet\\sdk\\7.0.306\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.PackageDependencyResolution.targets(266,5)\n: error MSB4018: Unexpected error in task "ResolvePackageAssets". [C:\\Users\\Paul\\MyApp\\MyApp.csproj]',
      'csharp',
      'MSB4018',
    ],
    [
      '/Users/turgaygencer/Downloads/Grial/Gencerp/Gencerp.csproj: Error NU1101: Unable to find package UXDivers.Grial. No packages exist with this id in source(s): /usr/local/share/dotnet/library-packs, nuget.org (NU1101) (Gencerp)',
      'csharp',
      'NU1101',
    ],
    [
      'src\\oss-defog\\oss-defog.csproj(0,0): Error NU1101: Unable to find package Nerdbank.GitVersioning. No packages exist with this id in source(s): Microsoft Visual Studio Offline Packages',
      'csharp',
      'NU1101',
    ],
    [
      "> dotnet tool install csharpier -g\nC:\\Users\\user\\AppData\\Local\\Temp\\blah\\restore.csproj : error NU1101: Unable\n to find package csharpier. No packages exist with this id in source(s): Microsoft Visual Studio Offline Packages\nThe tool package could not be restored.\nTool 'csharpier' failed to install. This failure may have been caused by:\n\n* You are attempting to install a preview release and did not use the --version option to specify the version.\n* A package by this name was found, but it was not a .NET tool.",
      'csharp',
      'NU1101',
    ],
    [
      'D:\\code\\gr\\SolutionValidator\\src\\SlnUtils\\SlnUtils.csproj : error NU1101: Unable to find package GR.NuGetPackageChecker\n. No packages exist with this id in source(s): C:\\Program Files\\dotnet\\library-packs, local, Microsoft Visual Studio Of\nfline Packages, nuget.org, videolan [D:\\code\\gr\\SolutionValidator\\SolutionValidator.sln]\nD:\\code\\gr\\SolutionValidator\\src\\SolutionValidator\\SolutionValidator.csproj : error NU1101: Unable to find package GR.N\nuGetPackageChecker. No packages exist with this id in source(s): C:\\Program Files\\dotnet\\library-packs, local, Microsof\nt Visual Studio Offline Packages, nuget.org, videolan [D:\\code\\gr\\SolutionValidator\\SolutionValidator.sln]',
      'csharp',
      'NU1101',
    ],
    [
      'PM> NuGet\\Install-Package LibreHardwareMonitorLib -Version 0.9.3\nRestoring packages for C:\\Users\\Junix\\source\\repos\\LightStats\\LightStats\\LightStats.csproj...\nNuGet\\Install-Package : NU1101: Unable to find package LibreHardwareMonitorLib. No packages exist with this id in source(s): Microsoft Visual Studio Offline Packages\nAt line:1 char:1\n+ NuGet\\Install-Package LibreHardwareMonitorLib -Version 0.9.3\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : NotSpecified: (:) [Install-Package], Exception\n    + FullyQualifiedErrorId : NuGetCmdletUnhandledException,NuGet.PackageManagement.PowerShellCmdlets.InstallPackageCommand',
      'csharp',
      'NU1101',
    ],
    [
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tNU1101\tUnable to find package Pluralsight.DDD.Deps. No packages exist with this id in source(s): Microsoft Visual Studio Offline Packages, nuget.org\tFrontDesk.Blazor.Host\tC:\\Users\\ArunPaul\\source\\repos\\DDD\\pluralsight-ddd-fundamentals\\FrontDesk\\src\\FrontDesk.Blazor.Host\\FrontDesk.Blazor.Host.csproj\t1\t',
      'csharp',
      'NU1101',
    ],
    [
      'NU1101: Unable to find package Company.Division.PackageA. No packages exist with this id in source(s): nuget-company. PackageSourceMapping is enabled, the following source(s) were not considered: C:\\Program Files\\dotnet\\library-packs, nuget-division, [nuget.org](http://nuget.org/).',
      'csharp',
      'NU1101',
    ],
    [
      'Unhandled exception. System.Text.Json.JsonException: The JSON value could not be converted to System.String. Path: $ | LineNumber: 0 | BytePositionInLine: 1. ---> System.InvalidOperationException: Can',
      'csharp',
      'JsonException',
    ],
    [
      'Unhandled exception. System.Text.Json.JsonException: The JSON value could not be converted to System.Int32. Path: $.data.lists[21].nextLevelCost | LineNumber: 0 | BytePositionInLine: 5177.\n ---> System.FormatException: Either the JSON value is not in a supported format, or is out of bounds for an Int32.\n   at System.Text.Json.ThrowHelper.ThrowFormatException(NumericType numericType)\n   at System.Text.Json.Serialization.Converters.Int32Converter.ReadNumberWithCustomHandling(Utf8JsonReader& reader, JsonNumberHandling handling, JsonSerializerOptions options)',
      'csharp',
      'JsonException',
    ],
    [
      "[BUG] System.Text.Json.JsonException: '<' is an invalid start of a value. Path: $ | LineNumber: 0 | BytePositionInLine: 0.",
      'csharp',
      'JsonException',
    ],
    [
      'Unhandled Exception: System.Text.Json.JsonReaderException: The JSON value from [test2.Person].Address.ZipCode could not be converted to System.Int32.',
      'csharp',
      'JsonReaderException',
    ],
    [
      'crit: Microsoft.AspNetCore.Components.WebAssembly.Rendering.WebAssemblyRenderer[100]\n      Unhandled exception rendering component: Object reference not set to an instance of an object.\nSystem.NullReferenceException: Object reference not set to an instance of an object.\n   at DPlan.Client.Pages.Forecast.BuildRenderTree(RenderTreeBuilder __builder)\n   at Microsoft.AspNetCore.Components.ComponentBase.<.ctor>b__6_0(RenderTreeBuilder builder)\n   at Microsoft.AspNetCore.Components.Rendering.ComponentState.RenderIntoBatch(RenderBatchBuilder batchBuilder, RenderFragment renderFragment)',
      'csharp',
      'NullReferenceException',
    ],
    [
      '       crit: Microsoft.AspNetCore.Components.WebAssembly.Rendering.WebAssemblyRenderer[100]\n      Unhandled exception rendering component: WebAssemblyCachedApplicationConfigurationClient should be initialized before using it.\nVolo.Abp.AbpException: WebAssemblyCachedApplicationConfigurationClient should be initialized before using it.\n   at Volo.Abp.AspNetCore.Components.WebAssembly.WebAssemblyCachedApplicationConfigurationClient.GetConfigurationByChecking()\n   at Volo.Abp.AspNetCore.Components.WebAssembly.WebAssemblyCachedApplicationConfigurationClient.Get()',
      'csharp',
      'AbpException',
    ],
    ["warning CS8618: Non-nullable property 'Phone' must contain a non-null value when exiting constructor.", 'csharp', 'CS8618'],
    [
      "/home/tim/repo/sln-items-sync/src/CLI.cs(22,17): warning CS8618: Non-nullable property 'SlnPath' must contain a non-null value\n when exiting constructor. Consider declaring the property as nullable. [/home/tim/repo/sln-items-sync/src/sln-items-sync.cspr\noj]                                                                                                                           \n/home/tim/repo/sln-items-sync/src/CLI.cs(28,30): warning CS8618: Non-nullable property 'Paths' must contain a non-null value w\nhen exiting constructor. Consider declaring the property as nullable. [/home/tim/repo/sln-items-sync/src/sln-items-sync.csproj\n]         ",
      'csharp',
      'CS8618',
    ],
    [
      "Warning (active)\tCS8618\tNon-nullable property 'CustomerName' must contain a non-null value when exiting constructor. Consider adding the 'required' modifier or declaring the property as nullable.\tCleanAspire.ClientApp\tD:\\repos\\cleanaspire\\src\\CleanAspire.ClientApp\\Pages\\Home.razor\t268\t\nWarning (active)\tCS8618\tNon-nullable property 'ShippingAddress' must contain a non-null value when exiting constructor. Consider adding the 'required' modifier or declaring the property as nullable.\tCleanAspire.ClientApp\tD:\\repos\\cleanaspire\\src\\CleanAspire.ClientApp\\Pages\\Home.razor\t269\t",
      'csharp',
      'CS8618',
    ],
    [
      "CS8618 Non-nullable field 'WindowProc' must contain a non-null value when exiting constructor. Consider adding the 'required' modifier or declaring the field as nullable.",
      'csharp',
      'CS8618',
    ],
    [
      '15>TypeHelp\\TypeHelpController.cs(67,22,67,45): error CS8618: Nicht-Nullable-Feld "query" wurde nicht initialisiert.\n15>Workflow\\WorkflowController.cs(270,18,270,50): error CS8618: Nicht-Nullable-Feld "workflow" wurde nicht initialisiert.\n15>Workflow\\WorkflowController.cs(270,18,270,50): error CS8618: Nicht-Nullable-Feld "filters" wurde nicht initialisiert.',
      'csharp',
      'CS8618',
    ],
    [
      "C:\\Users\\ninte\\rustplus-desktop\\RustPlusDesktop\\Views\\MainWindow\\Map\\MainWindow.Map.Trade.cs(19,46): warning CS8618: Non-nullable field 'ShopFirst' must contain a non-null value when exiting constructor. Consider adding the 'required' modifier or declaring the field as nullable. [C:\\Users\\ninte\\rustplus-desktop\\RustPlusDesktop\\RustPlusDesk_bgkprsff_wpftmp.csproj]\nC:\\Users\\ninte\\rustplus-desktop\\RustPlusDesktop\\Views\\MainWindow\\Map\\MainWindow.Map.Trade.cs(20,46): warning CS8618: Non-nullable field 'ShopSecond' must contain a non-null value when exiting constructor. Consider adding the 'required' modifier or declaring the field as nullable. [C:\\Users\\ninte\\rustplus-desktop\\RustPlusDesktop\\RustPlusDesk_bgkprsff_wpftmp.csproj]",
      'csharp',
      'CS8618',
    ],
    [
      "Assets\\Scripts\\AnchorMap.cs(14,7): error CS0246: The type or namespace name 'UnityScript' could not be found (are you missing a using directive or an assembly reference?)",
      'csharp',
      'CS0246',
    ],
    [
      "Assets\\TrueTrace\\Resources\\Utility\\Atmosphere\\AtmosphereGenerator.cs(4,7): error CS0246: The type or namespace name 'CommonVars' could not be found (are you missing a using directive or an assembly reference?)",
      'csharp',
      'CS0246',
    ],
    [
      "Assets/Scripts/Facepunch/Networking/Networkable.cs(7,7): error CS0246: The type or namespace name `JetBrains' could not be found. Are you missing a using directive or an assembly reference?",
      'csharp',
      'CS0246',
    ],
    [
      "Assets/UnityScript2CSharp/Editor/UnityScript2CSharpRunner.cs(9,19): error CS0234: The type or namespace name `Compilation' does not exist in the namespace `UnityEditor'. Are you missing an assembly reference?",
      'csharp',
      'CS0234',
    ],
    [
      "TiredState.cs(1,7): error CS0246: The type or namespace name 'UnityEngine' could not be found (are you missing a using directive or an assembly reference?)\nTest.cs(3,7): error CS0246: The type or namespace name 'UnityEngine' could not be found (are you missing a using directive or an assembly reference?)",
      'csharp',
      'CS0246',
    ],
    [
      'GrpcMessageQueue\\GrpcMessageQueueSvcLib.csproj : error NU1605: Detected package downgrade: System.Text.Encoding.Extensions from 4.3.0 to 4.0.11. Reference the package directly from the project to select a different version.  [TextNotificationQueueProcessor\\TextNotificationQueueProcessor.csproj]\nGrpcMessageQueue\\GrpcMessageQueueSvcLib.csproj : error NU1605:  GrpcMessageQueueSvcLib -> SqlServerSprocInterface -> Dapper 1.50.2 -> System.Xml.XDocument 4.0.11 -> System.Xml.ReaderWriter 4.0.11 -> System.IO.FileSystem 4.0.1 -> runtime.win.System.IO.FileSystem 4.3.0 -> System.Text.Encoding.Extensions (>= 4.3.0)  [TextNotificationQueueProcessor\\TextNotificationQueueProcessor.csproj]',
      'csharp',
      'NU1605',
    ],
    [
      'Cleaning Solution: DotNetCoreKoans (Debug)\nBuild started 16/10/2017 21:49:57.\n__________________________________________________\nProject "/Users/richard/Documents/Dev/DotNetCoreKoans/DotNetCoreKoans.csproj" (Clean target(s)):\n\nTarget ReportAssetsLogMessages:\n    /Users/richard/Documents/Dev/DotNetCoreKoans/DotNetCoreKoans.csproj : error NU1605: Detected package downgrade: System.Net.Primitives from 4.3.0 to 4.0.11. Reference the package directly from the project to select a different version. \n    /Users/richard/Documents/Dev/DotNetCoreKoans/DotNetCoreKoans.csproj : error NU1605:  DotNetCoreKoans (>= 2.0.0) -> Microsoft.DotNet.Cli.Utils (>= 2.0.0) -> Microsoft.Build (>= 15.3.409) -> System.IO.Pipes (>= 4.0.0) -> System.Net.Sockets (>= 4.1.0) -> runtime.win.System.Net.Sockets (>= 4.3.0) -> System.Net.Primitives (>= 4.3.0) ',
      'csharp',
      'NU1605',
    ],
    [
      'Demo\\IdentityDemo.csproj : error NU1605: Detected package downgrade: Microsoft.EntityFrameworkCore.Tools from 2.0.3 to 2.0.0. Reference the package directly from the project to select a different version.\nDemo\\IdentityDemo.csproj : error NU1605:  IdentityDemo -> Microsoft.AspNetCore.All 2.0.9 -> Microsoft.EntityFrameworkCore.Tools (>= 2.0.3)\nDemo\\IdentityDemo.csproj : error NU1605:  IdentityDemo -> Microsoft.EntityFrameworkCore.Tools (>= 2.0.0)\n\nThe build failed. Please fix the build errors and run again.',
      'csharp',
      'NU1605',
    ],
    [
      "Exception message: Cannot insert explicit value for identity column in table 'TransportLogs' when IDENTITY_INSERT is set to OFF.\nStack trace:\nSystem.Data.SqlClient.SqlException:\n   at System.Data.SqlClient.SqlConnection.OnError (System.Data, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089)\n   at System.Data.SqlClient.TdsParser.ThrowExceptionAndWarning (System.Data, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089)",
      'csharp',
      'SqlException',
    ],
    [
      "2020-05-03 10:14:37,139 [4] ERROR  Core.Data.EFDataContext`1[[Core.Objects.Entities.User, Core.Objects, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null]] - Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while updating the entries. See the inner exception for details.\n ---> System.Data.SqlClient.SqlException (0x80131904): Cannot insert explicit value for identity column in table 'Apps' when IDENTITY_INSERT is set to OFF.\n   at System.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__126_0(Task`1 result)",
      'csharp',
      'DbUpdateException',
    ],
    [
      'Microsoft.Maui.Controls.Xaml.CreateValuesVisitor.Visit(ElementNode node, INode parentNode)\nMicrosoft.Maui.Controls.Xaml.XamlParseException: Position 48:33. Cannot assign property "Property": Property does not exist, or is not assignable, or mismatching type between value and property\n\nStacktrace\nMicrosoft.Maui.Controls.Xaml.CreateValuesVisitor.Visit(ElementNode node, INode parentNode)\nMicrosoft.Maui.Controls.Xaml.ElementNode.Accept(IXamlNodeVisitor visitor, INode parentNode)',
      'csharp',
      'XamlParseException',
    ],
    [
      'Microsoft.Maui.Controls.Xaml.XamlParseException\n  Message=Position 28:18. Cannot assign property "Content": Property does not exist, or is not assignable, or mismatching type between value and property\n  Source=Microsoft.Maui.Controls.Xaml\n  StackTrace:\n   at Microsoft.Maui.Controls.Xaml.ApplyPropertiesVisitor.SetPropertyValue(Object xamlelement, XmlName propertyName, Object value, Object rootElement, INode node, HydrationContext context, IXmlLineInfo lineInfo)',
      'csharp',
      'XamlParseException',
    ],
    [
      'Xamarin.Forms.Xaml.XamlParseException: Cannot assign property "Content": Property does not exists, or is not assignable, or mismatching type between value and property',
      'csharp',
      'XamlParseException',
    ],
    [
      'C:\\_prj\\a1>dotnet build\nMicrosoft (R) Build Engine version 15.3.409.57025 for .NET Core\nCopyright (C) Microsoft Corporation. All rights reserved.\n\nC:\\Program Files\\dotnet\\sdk\\2.0.0\\Roslyn\\Microsoft.CSharp.Core.targets(84,5): error MSB6006: "C:\\Program Files\\dotnet\\sdk\\2.0.0\\Roslyn\\RunCsc.cmd" exited with code 1. [C:\\_prj\\a1\\a1.csproj]\n\nBuild FAILED.\n\nC:\\Program Files\\dotnet\\sdk\\2.0.0\\Roslyn\\Microsoft.CSharp.Core.targets(84,5): error MSB6006: "C:\\Program Files\\dotnet\\sdk\\2.0.0\\Roslyn\\RunCsc.cmd" exited with code 1. [C:\\_prj\\a1\\a1.csproj]\n    0 Warning(s)\n    1 Error(s)\n\nTime Elapsed 00:00:01.46',
      'csharp',
      'MSB6006',
    ],
    [
      "Build FAILED.\n\nG:\\sdk-main\\sdk\\src\\Tests\\Microsoft.NET.Publish.Tests\\GivenThatWeWantToPublishAFrameworkDependentApp.cs(125,103): error\n CS1056: Unexpected character '\\' [G:\\sdk-main\\sdk\\src\\Tests\\Microsoft.NET.Publish.Tests\\Microsoft.NET.Publish.Tests.cs\nproj]\nG:\\sdk-main\\sdk\\src\\Tests\\Microsoft.NET.Publish.Tests\\GivenThatWeWantToPublishAFrameworkDependentApp.cs(125,104): error\n CS1003: Syntax error, ',' expected [G:\\sdk-main\\sdk\\src\\Tests\\Microsoft.NET.Publish.Tests\\Microsoft.NET.Publish.Tests.\ncsproj]\n    0 Warning(s)\n    4 Error(s)\n\nTime Elapsed 00:00:56.76\nBuild failed with exit code 1. Check errors above.",
      'csharp',
      'CS1056',
    ],
    [
      'Error: /usr/share/dotnet/sdk/6.0.428/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.TargetFrameworkInference.targets(144,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 8.0.  Either target .NET 6.0 or lower, or use a version of the .NET SDK that supports .NET 8.0. [/home/runner/work/docs/docs/docs/snippets/Snippets.NUnitLite/Snippets.NUnitLite.csproj]',
      'csharp',
      'NETSDK1045',
    ],
    [
      'C:\\Program Files\\dotnet\\sdk\\6.0.417\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.NET.TargetFrameworkInference.target\n       s(144,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 8.0.  Either target .NET 6.0 or\n        lower, or use a version of the .NET SDK that supports .NET 8.0.',
      'csharp',
      'NETSDK1045',
    ],
    [
      '[Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tNETSDK1045\tThe current .NET SDK does not support targeting .NET 8.0.  Either target .NET 7.0 or lower, or use a version of the .NET SDK that supports .NET 8.0.\tdotnettst\tC:\\Program Files\\dotnet\\sdk\\7.0.103\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.NET.TargetFrameworkInference.targets\t144\t](url)',
      'csharp',
      'NETSDK1045',
    ],
    [
      'Run dotnet restore\n  dotnet restore\n  shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command ". \'{0}\'"\n  env:\n    GH_PKG_SEC: ***\n    DOTNET_ROOT: C:\\Program Files\\dotnet\n  Determining projects to restore...\nError: C:\\Program Files\\dotnet\\sdk\\7.0.[4](https://github.com/codebude/QRCoder/actions/runs/8884442673/job/24413893321#step:4:4)08\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.NET.TargetFrameworkInference.targets(160,[5](https://github.com/codebude/QRCoder/actions/runs/8884442673/job/24413893321#step:4:5)): error NETSDK1045: The current .NET SDK does not support targeting .NET 8.0.  Either target .NET [7](https://github.com/codebude/QRCoder/actions/runs/8884442673/job/24413893321#step:4:8).0 or lower, or use a version of the .NET SDK that supports .NET [8](https://github.com/codebude/QRCoder/actions/runs/8884442673/job/24413893321#step:4:9).0. Download the .NET SDK from https://aka.ms/dotnet/download [D:\\a\\QRCoder\\QRCoder\\QRCoderBenchmarks\\QRCoderBenchmarks.csproj]\nError: Process completed with exit code 1.',
      'csharp',
      'NETSDK1045',
    ],
    [
      'IndexOutOfRangeException: Index was outside the bounds of the array.\nChunk.CheckVoxel (UnityEngine.Vector3 pos) (at Assets/Chunk.cs:71)\nChunk.AddVoxelDataToChunk (UnityEngine.Vector3 pos) (at Assets/Chunk.cs:79)\nChunk.CreateMeshData () (at Assets/Chunk.cs:54)\nChunk.Start () (at Assets/Chunk.cs:24)',
      'csharp',
      'IndexOutOfRangeException',
    ],
    [
      'IndexOutOfRangeException: Index was outside the bounds of the array.\nuREPL.Completion+<>c__DisplayClass11_0.<Start>b__0 () (at Assets/External/uREPL/Scripts/Core/Completion.cs:44)\nSystem.Threading.ThreadHelper.ThreadStart_Context (System.Object state) (at <ac823e2bb42b41bda67924a45a0173c3>:0)\nSystem.Threading.ExecutionContext.RunInternal (System.Threading.ExecutionContext executionContext, System.Threading.ContextCallback callback, System.Object state, System.Boolean preserveSyncCtx) (at <ac823e2bb42b41bda67924a45a0173c3>:0)',
      'csharp',
      'IndexOutOfRangeException',
    ],
    [
      'IndexOutOfRangeException: Index was outside the bounds of the array.\nUtf8Json.JsonReader.CreateParsingException (System.String expected) (at Assets/Scripts/Utf8Json/JsonReader.cs:46)',
      'csharp',
      'IndexOutOfRangeException',
    ],
    [
      'IndexOutOfRangeException: Index was outside the bounds of the array.\nGSDRoadSystemEditorMenu.UpdateAllRoads () (at Assets/RoadArchitect/Editor/GSDRoadSystemEditorMenu.cs:61)',
      'csharp',
      'IndexOutOfRangeException',
    ],
    ['System.IndexOutOfRangeException: Index was outside the bounds of the array.', 'csharp', 'IndexOutOfRangeException'],
    [
      "fail: Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost[111]\n      Unhandled exception in circuit '7i9ZYkxr5M2fSiYjUxqZdAGZ_UL-vADHD_MMYznfhYs'.\nSystem.InvalidCastException: Unable to cast object of type 'System.Collections.Generic.HashSet`1[System.String]' to type 'System.Collections.Generic.List`1[System.String]'.",
      'csharp',
      'InvalidCastException',
    ],
    [
      "dbug: Microsoft.AspNetCore.Components.Server.CircuitFactory[1]\n      Created circuit ApcD5kEODZ9y2Zgf-kw0gN1ugmgiTdLUB6wPH_WL4ZE for connection AyE2JL-v7H1AnMBOLZLo-w\ndbug: Microsoft.AspNetCore.Components.Server.ComponentHub[6]\n      Circuit initialization failed\n      System.MissingMethodException: Method not found: 'System.Runtime.InteropServices.OSPlatform System.Runtime.InteropServices.OSPlatform.get_B",
      'csharp',
      'MissingMethodException',
    ],
    [
      'InvalidOperationException: No authentication handler is configured to authenticate for the scheme: Identity.Application',
      'csharp',
      'InvalidOperationException',
    ],
    [
      'fail: Microsoft.AspNetCore.Diagnostics.DeveloperExceptionPageMiddleware[1]\n      An unhandled exception has occurred while executing the request.\nSystem.InvalidOperationException: No authenticationScheme was specified, and there was no DefaultChallengeScheme found. The default schemes can be set using either AddAuthentication(string defaultScheme) or AddAuthentication(Action<AuthenticationOptions> configureOptions).\n   at Microsoft.AspNetCore.Authentication.AuthenticationService.ChallengeAsync(HttpContext context, String scheme, AuthenticationProperties properties)\n   at Microsoft.AspNetCore.Authorization.AuthorizationMiddleware.Invoke(HttpContext context)\n   at Microsoft.AspNetCore.Diagnostics.DeveloperExceptionPageMiddleware.Invoke(HttpContext context)',
      'csharp',
      'InvalidOperationException',
    ],
    [
      "An unhandled exception occurred while processing the request. InvalidOperationException: No authentication handler is registered for the scheme 'Bearer'. The registered schemes are: Cookies. Did you f",
      'csharp',
      'InvalidOperationException',
    ],
    [
      'Connection id "0HML70B2EVKT5", Request id "0HML70B2EVKT5:00000002": An unhandled exception was thrown by the application.\nassetgrid                |       System.InvalidOperationException: No authenticationScheme was specified, and there was no DefaultForbidScheme found. The default schemes can be set using either AddAuthentication(string defaultScheme) or AddAuthentication(Action<AuthenticationOptions> configureOptions).\nassetgrid                |          at Microsoft.AspNetCore.Authentication.AuthenticationService.ForbidAsync(HttpContext context, String scheme, AuthenticationProperties properties)\nassetgrid                |          at Microsoft.AspNetCore.Mvc.ForbidResult.ExecuteResultAsync(ActionContext context)',
      'csharp',
      'InvalidOperationException',
    ],
    [
      'An unhandled exception occurred while processing the request.\nInvalidOperationException: No authenticationScheme was specified, and there was no DefaultChallengeScheme found. The default schemes can be set using either AddAuthentication(string defaultScheme) or AddAuthentication(Action<AuthenticationOptions> configureOptions).\nMicrosoft.AspNetCore.Authentication.AuthenticationService.ChallengeAsync(HttpContext context, string scheme, AuthenticationProperties properties)\n\nStack Query Cookies Headers Routing',
      'csharp',
      'InvalidOperationException',
    ],
    [
      'info: Microsoft.AspNetCore.Hosting.Diagnostics[1]\n      Request starting HTTP/1.1 GET http://localhost:5000/ - - -\nwarn: Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware[3]\n      Failed to determine the https port for redirect.\nfail: Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id "0HN9L5T7UV68Q", Request id "0HN9L5T7UV68Q:00000001": An unhandled exception was thrown by the application.\n      System.InvalidOperationException: No authentication handler is registered for the scheme \'OAuthAuthentication\'. The registered schemes are: StaticWebAppsAuthentication. Did you forget to call AddAuthentication().Add[SomeAuthHandler]("OAuthAuthentication",...)?\n         at Microsoft.AspNetCore.Authentication.AuthenticationService.AuthenticateAsync(HttpContext context, String scheme)',
      'csharp',
      'InvalidOperationException',
    ],
    [
      '**fail: Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id "0HKTANQ5ML0V2": An unhandled exception was thrown by the application.**\nSystem.InvalidOperationException: No authentication handler is configured to handle the scheme: Automatic\n   at Microsoft.AspNetCore.Http.Authentication.Internal.DefaultAuthenticationManager.<ChallengeAsync>d__12.MoveNext()',
      'csharp',
      'InvalidOperationException',
    ],
    [
      "Assets/unity-ui-extensions/Scripts/Editor/UIExtensionsMenuOptions.cs(765,28): error CS1061: Type `SelectionBox' does not contain a definition for `selectionMask' and no extension method `selectionMask' of type `SelectionBox' could be found (are you missing a using directive or an assembly reference?)\n\nAssets/unity-ui-extensions/Scripts/Editor/UIExtensionsMenuOptions.cs(766,28): error CS1061: Type `SelectionBox' does not contain a definition for `color' and no extension method `color' of type `SelectionBox' could be found (are you missing a using directive or an assembly reference?)",
      'csharp',
      'CS1061',
    ],
    [
      "Unity Says \"Assets\\Ink\\Demos\\Basic Demo\\Scripts\\BasicInkExample.cs(54,19): error CS1061: 'object' does not contain a definition for 'AddListener' and no accessible extension method 'AddListener' accepting a first argument of type 'object' could be found (are you missing a using directive or an assembly reference?)\"",
      'csharp',
      'CS1061',
    ],
    [
      "Error\tCS1061\t'ItemGunAsset' does not contain a definition for 'bladeID' and no accessible extension method 'bladeID' accepting a first argument of type 'ItemGunAsset' could be found (are you missing a using directive or an assembly reference?)\tEgguWare\tC:\\Users\\User\\Desktop\\EgguWare-Unturned-master\\Cheat\\Overrides\\hkUsableGun.cs\t143\tActive",
      'csharp',
      'CS1061',
    ],
    [
      "Assets\\scripts\\TransmissionController.cs(54,53): error CS1061: 'VehicleController' does not contain a definition for 'CurrentGear' and no accessible extension method 'CurrentGear' accepting a first argument of type 'VehicleController' could be found (are you missing a using directive or an assembly reference?)  \nAssets\\scripts\\TransmissionController.cs(101,31): error CS1061: 'VehicleController' does not contain a definition for 'SetGear' and no accessible extension method 'SetGear' accepting a first argument of type 'VehicleController' could be found (are you missing a using directive or an assembly reference?)  ",
      'csharp',
      'CS1061',
    ],
    [
      "\"Assets/HoloToolkit/Input/Scripts/Utilities/Interactions/TwoHandManipulatable.cs(120,45): error CS1061: Type `BoundingBox' does not contain a definition for `Target' and no extension method `Target' of type `BoundingBox' could be found. Are you missing an assembly reference?\" ",
      'csharp',
      'CS1061',
    ],
    [
      "Assets/ScriptableRenderPipeline/ScriptableRenderPipeline/Core/CoreRP/Editor/IncludePaths/CoreShaderIncludePaths.cs(9,10): error CS0246: The type or namespace name `ShaderIncludePath' could not be found. Are you missing an assembly reference?",
      'csharp',
      'CS0246',
    ],
    [
      "Library\\PackageCache\\com.unity.shadergraph@14.0.8\\Editor\\Generation\\Targets\\CustomRenderTexture\\CustomTextureSize.cs(9,29): error CS0246: The type or namespace name 'CustomTextureSubTarget' could not be found (are you missing a using directive or an assembly reference?)\n\nLibrary\\PackageCache\\com.unity.shadergraph@14.0.8\\Editor\\Generation\\Targets\\CustomRenderTexture\\CustomTextureSelf.cs(9,29): error CS0246: The type or namespace name 'CustomTextureSubTarget' could not be found (are you missing a using directive or an assembly reference?)",
      'csharp',
      'CS0246',
    ],
    [
      "Assets\\UMA\\SRP\\ShaderPackages\\ShaderPackager-main\\Scripts\\Editor\\ShaderPackage.cs(92,14): error CS0246: The type or namespace name 'JBooth' could not be found (are you missing a using directive or an assembly reference?)",
      'csharp',
      'CS0246',
    ],
    [
      "Assets/Voxelmetric/Code/Shaders/UnityVC/Editor/StandardShaderVCGUI.cs(6,40): error CS0246: The type or namespace name `ShaderGUI' could not be found. Are you missing a using directive or an assembly reference?",
      'csharp',
      'CS0246',
    ],
    [
      "Packages\\com.poiyomi.toon\\_PoiyomiShaders\\Scripts\\ThryEditor\\Editor\\ShaderOptimizer.cs(353,10): error CS0246: The type or namespace name 'PublicAPIAttribute' could not be found (are you missing a using directive or an assembly reference?)\nPackages\\com.poiyomi.toon\\_PoiyomiShaders\\Scripts\\ThryEditor\\Editor\\ShaderOptimizer.cs(353,10): error CS0246: The type or namespace name 'PublicAPI' could not be found (are you missing a using directive or an assembly reference?)",
      'csharp',
      'CS0246',
    ],
    [
      "`Assets\\USharpVideo\\Scripts\\USharpVideoPlayer.cs(1484,21): error CS0234: The type or namespace name 'IsValid' does not exist in the namespace 'Utilities' (are you missing an assembly reference?)`\n\n`Assets\\USharpVideo\\Scripts\\USharpVideoPlayer.cs(1503,18): error CS0234: The type or namespace name 'IsValid' does not exist in the namespace 'Utilities' (are you missing an assembly reference?)`",
      'csharp',
      'CS0234',
    ],
    [
      "java.sql.BatchUpdateException: Cannot\n        insert explicit value for identity column in table 'Clients' when IDENTITY_INSERT\n        is set to OFF.",
      'java',
      'BatchUpdateException',
    ],
    [
      "Program.cs(3,5): error CS0103: The name 'x' does not exist in the current context [/src/App/App.csproj]\n/src/App/Platforms/Android/AndroidManifest.xml : error APT2260: resource mipmap/appicon (aka com.companyname.app:mipmap/appicon) not found.",
      'csharp',
      'CS0103',
    ],
    [
      "Startup.cs(4,7): error CS0246: The type or namespace name 'Foo' could not be found (are you missing a using directive or an assembly reference?) [/workspace/foobar.csproj]\nStartup.cs(11,1): error SA1200: Using directive should appear within a namespace declaration [/workspace/foobar.csproj]",
      'csharp',
      'CS0246',
    ],
    ["main.cpp(3,5): error C2065: 'x': undeclared identifier [C:\\src\\app\\app.vcxproj]", 'cpp', 'C2065'],
    [
      "Unhandled exception. System.AggregateException: Some services are not able to be constructed (Error while validating the service descriptor 'ServiceType: Shop.IRepo Lifetime: Scoped ImplementationType: Shop.Repo': Unable to resolve service for type 'Shop.IDb' while attempting to activate 'Shop.Repo'.)\n ---> System.InvalidOperationException: Error while validating the service descriptor 'ServiceType: Shop.IRepo Lifetime: Scoped ImplementationType: Shop.Repo': Unable to resolve service for type 'Shop.IDb' while attempting to activate 'Shop.Repo'.",
      'csharp',
      'AggregateException',
    ],
    [
      'C:\\Program Files\\dotnet\\sdk\\8.0.100\\Microsoft.Common.CurrentVersion.targets(4879,5): error MSB3027: Could not copy "obj\\Debug\\net8.0\\apphost.exe" to "bin\\Debug\\net8.0\\App.exe". Exceeded retry count of 10. Failed. The file is locked by: "App (1234)" [C:\\src\\App\\App.csproj]',
      'csharp',
      'MSB3027',
    ],
    [
      'System.Collections.Generic.KeyNotFoundException: The given key was not present in the dictionary.\n   at System.ThrowHelper.ThrowKeyNotFoundException()',
      'csharp',
      'KeyNotFoundException',
    ],
    [
      '/app/Api.csproj : error NU1101: Unable to find package Foo.Bar. No packages exist with this id in source(s): nuget.org',
      'csharp',
      'NU1101',
    ],
    [
      "Uncaught TypeError: Cannot read properties of null (reading 'insertBefore')\n    at e.insertBefore (https://localhost:5001/_framework/blazor.webassembly.js:1:31484)",
      'javascript',
      'TypeError',
    ],
    [
      '14>C:\\Program Files (x86)\\Microsoft Visual Studio\\2019\\Community\\MSBuild\\Microsoft\\VC\\v160\\Microsoft.CppCommon.targets(149,5): error MSB3073: :cmEnd\n14>C:\\Program Files (x86)\\Microsoft Visual Studio\\2019\\Community\\MSBuild\\Microsoft\\VC\\v160\\Microsoft.CppCommon.targets(149,5): error MSB3073: endlocal & call :cmErrorLevel %errorlevel% & goto :cmDone\n14>C:\\Program Files (x86)\\Microsoft Visual Studio\\2019\\Community\\MSBuild\\Microsoft\\VC\\v160\\Microsoft.CppCommon.targets(149,5): error MSB3073: :VCEnd" exited with code 1.\n14>Done building project "GLTFViewer.vcxproj" -- FAILED.\n========== Build: 11 succeeded, 3 failed, 35 up-to-date, 0 skipped ==========',
      'cpp',
      'MSB3073',
    ],
    [
      'C:\\src\\App\\App.csproj(26,5): error MSB3073: The command "copy bin\\Debug\\net8.0\\App.dll C:\\deploy\\" exited with code 1.',
      'csharp',
      'MSB3073',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});
