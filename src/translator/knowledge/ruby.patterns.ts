import type { ErrorPattern } from '../rules/error-pattern';

/** Ruby and Rails errors, most frequent first. Bundler's install failures live in packages.patterns.ts. */

const RUBY_DOC = 'https://docs.ruby-lang.org/en/master';

export const RUBY_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'ruby.no-method-nil',
    language: 'ruby',
    match: /undefined method [`'](?<method>[^'`\s]{1,200})' for (?:nil:NilClass|nil\b)/,
    errorType: 'NoMethodError',
    category: 'null',
    priority: 30,
    summary: (c) => `Ruby called \`${c.method ?? 'a method'}\` on nil: the value you expected is missing.`,
    explanation: (c) =>
      `The receiver of \`${c.method ?? 'the method'}\` is nil, and nil (NilClass) has no such method. ` +
      'Something earlier returned nil instead of an object: a variable that was never assigned, a hash key that is absent, ' +
      'a `find_by` or `first` that found no record, or an instance variable the view expected the controller to set. ' +
      'The line in the first stack frame is where the nil was used, not where it came from.',
    causes: [
      'A lookup returned nil (find_by, first, Hash#[], ENV[], an association that is not set)',
      'An instance variable (@user) was never assigned in this action or is misspelled',
      'A method returned early without a value (implicit nil)',
      'Data is missing in this environment (empty database, missing params)',
    ],
    fixes: (c) => [
      {
        title: 'Find where the nil comes from',
        steps: [
          'Open the first frame of the backtrace that is in your code',
          `Look at the expression before \`.${c.method ?? 'method'}\` and trace back where it is assigned`,
          'Check whether the lookup can legitimately find nothing',
        ],
        code: null,
      },
      {
        title: 'Handle the missing value explicitly',
        steps: [
          'Use the safe navigation operator when nil is acceptable',
          'Use find / fetch / find_by! so a missing value fails loudly at its source',
        ],
        code: `user&.${c.method ?? 'name'}          # nil instead of NoMethodError\nUser.find_by!(email: email)   # raises RecordNotFound at the source\nparams.fetch(:user)           # raises KeyError naming the key`,
      },
    ],
    references: [
      { title: 'Ruby: NoMethodError', url: `${RUBY_DOC}/NoMethodError.html` },
      { title: 'Ruby: NilClass', url: `${RUBY_DOC}/NilClass.html` },
    ],
    samples: [
      "app/models/user.rb:12:in `full_name': undefined method `upcase' for nil:NilClass (NoMethodError)\n\tfrom app/models/user.rb:20:in `display'\n\tfrom main.rb:4:in `<main>'",
      "NoMethodError: undefined method 'title' for nil\n  app/views/posts/show.html.erb:3",
      "ActionView::Template::Error (undefined method `name' for nil):\n    1: <h1><%= @project.name %></h1>",
    ],
  },
  {
    id: 'ruby.no-method',
    language: 'ruby',
    match: /undefined method [`'](?<method>[^'`\s]{1,200})' for (?:an instance of |#<)?(?<receiver>[^\s()>]{1,200})/,
    errorType: 'NoMethodError',
    category: 'name',
    priority: 20,
    summary: (c) => `\`${c.receiver ?? 'The object'}\` has no method \`${c.method ?? '?'}\`.`,
    explanation: (c) =>
      `Ruby looked up \`${c.method ?? 'the method'}\` on an object of type ${c.receiver ?? 'unknown'} and found nothing, ` +
      'neither in its class nor in any module or superclass. Either the name is misspelled, the object is of a different ' +
      'type than you think, or the method is private/defined in a module that was not included.',
    causes: [
      'The method name is misspelled or was renamed',
      'The object is of another class than expected (e.g. an Array instead of a single record)',
      'The method is private or protected and is called with an explicit receiver',
      'A gem or module that defines the method is not loaded/included',
    ],
    fixes: (c) => [
      {
        title: 'Inspect the receiver',
        steps: [
          'Print the class and available methods of the object just before the call',
          'Compare with the method name you call',
        ],
        code: `p obj.class\np obj.respond_to?(:${c.method ?? 'method_name'})\np obj.methods.grep(/${(c.method ?? 'name').replace(/[^\w]/g, '')}/)`,
      },
      {
        title: 'Call it on the right object',
        steps: [
          'If you have a collection, iterate (each/map) or pick one element (first)',
          'If the method lives in a module, include or extend that module',
        ],
        code: null,
      },
    ],
    references: [{ title: 'Ruby: NoMethodError', url: `${RUBY_DOC}/NoMethodError.html` }],
    samples: [
      "app/services/report.rb:8:in `call': undefined method `total_price' for an instance of Order (NoMethodError)",
      "undefined method `each' for #<User id: 3, email: \"a@b.c\"> (NoMethodError)",
      "main.rb:2:in `<main>': undefined method `lenght' for \"hello\":String (NoMethodError)",
    ],
  },
  {
    id: 'ruby.uninitialized-constant',
    language: 'ruby',
    match: /uninitialized constant (?<constant>[A-Z][\w:]{0,300})/,
    errorType: 'NameError',
    category: 'name',
    priority: 25,
    summary: (c) => `Ruby does not know the constant ${c.constant ?? ''}.`,
    explanation: (c) =>
      `The class or module ${c.constant ?? ''} was referenced but never defined or loaded. In plain Ruby the file that ` +
      'defines it was not required; in Rails the autoloader (Zeitwerk) could not find a file whose path matches the constant name, ' +
      'or the gem that provides it is not in the Gemfile.',
    causes: [
      'Typo in the class or module name, or wrong namespace (Admin::User vs User)',
      'The file is not required (plain Ruby) or its path/name does not match the constant (Rails autoloading)',
      'The gem that defines the constant is missing from the Gemfile or from this Bundler group',
      'The code runs before the constant is loaded (e.g. in an initializer)',
    ],
    fixes: (c) => [
      {
        title: 'Check name and file location',
        steps: [
          `Search the project for "class ${(c.constant ?? 'Name').split('::').pop()}" or "module ${(c.constant ?? 'Name').split('::').pop()}"`,
          'In Rails, Foo::BarBaz must live in a file named foo/bar_baz.rb under an autoload path (app/models, app/services, …)',
          'Run bin/rails zeitwerk:check to list files that do not define the expected constant',
        ],
        code: 'bin/rails zeitwerk:check',
      },
      {
        title: 'Load the code that defines it',
        steps: ['In plain Ruby, require or require_relative the file', 'If it comes from a gem, add it to the Gemfile and run bundle install'],
        code: "require_relative 'lib/my_class'",
      },
    ],
    references: [
      { title: 'Ruby: NameError', url: `${RUBY_DOC}/NameError.html` },
      { title: 'Rails guides: Autoloading and Reloading Constants', url: 'https://guides.rubyonrails.org/autoloading_and_reloading_constants.html' },
    ],
    samples: [
      "app/controllers/users_controller.rb:5:in `index': uninitialized constant UsersController::Usr (NameError)",
      'NameError: uninitialized constant Sidekiq\n  config/initializers/sidekiq.rb:1:in `<main>\'',
    ],
  },
  {
    id: 'ruby.undefined-local-variable',
    language: 'ruby',
    match: /undefined local variable or method [`'](?<name>[^'`\s]{1,200})' for/,
    errorType: 'NameError',
    category: 'name',
    priority: 25,
    summary: (c) => `\`${c.name ?? 'The name'}\` is neither a local variable nor a method here.`,
    explanation: (c) =>
      `Ruby read the bare word \`${c.name ?? ''}\` and could find neither a local variable assigned earlier in this scope nor a method ` +
      'with that name on self. Local variables do not cross method (def) boundaries, and blocks only see variables defined before them.',
    causes: [
      'Typo in a variable or method name',
      'The variable is defined in another method or after this line',
      'A helper method is defined in another class/module (e.g. a view helper not included)',
      'An instance variable was meant (@name instead of name)',
    ],
    fixes: [
      {
        title: 'Define or pass the value',
        steps: [
          'Check the spelling against where you assign it',
          'Pass the value as a method argument or store it in an instance variable',
          'If it is a helper, define it in the right helper module or include that module',
        ],
        code: null,
      },
    ],
    references: [{ title: 'Ruby: NameError', url: `${RUBY_DOC}/NameError.html` }],
    samples: ["script.rb:7:in `total': undefined local variable or method `pirce' for main:Object (NameError)"],
  },
  {
    id: 'ruby.wrong-number-of-arguments',
    language: 'ruby',
    match: /wrong number of arguments \(given (?<given>\d{1,4}), expected (?<expected>[^)\n]{1,40})\)/,
    errorType: 'ArgumentError',
    category: 'type',
    priority: 25,
    summary: (c) => `A method was called with ${c.given ?? 'the wrong number of'} argument(s) but expects ${c.expected ?? 'a different number'}.`,
    explanation: (c) =>
      `Ruby checks arity when a method is called: this call passed ${c.given ?? '?'} positional argument(s), ` +
      `while the method's signature accepts ${c.expected ?? '?'}. The frame at the top of the backtrace is the method that was called; ` +
      'the next frame is the caller that passed the wrong arguments. With Ruby 3, a hash passed where keyword arguments are expected also counts as a positional argument.',
    causes: [
      'The method signature changed and a caller was not updated',
      'Ruby 3 keyword-argument separation: a Hash is passed positionally to a method that takes keywords',
      'A block/proc/lambda is called with a different number of values (lambdas are strict)',
      'Overriding initialize or a framework method with a different signature',
    ],
    fixes: [
      {
        title: 'Align the call with the signature',
        steps: [
          'Open the method at the top frame and read its parameter list',
          'Fix the caller (second frame) to pass the expected arguments',
          'For keyword arguments, use ** to splat a hash',
        ],
        code: 'def notify(user, message:, urgent: false); end\n\nopts = { message: "hi" }\nnotify(user, **opts)   # not notify(user, opts)',
      },
    ],
    references: [
      { title: 'Ruby: ArgumentError', url: `${RUBY_DOC}/ArgumentError.html` },
      { title: 'Ruby: method definition syntax', url: `${RUBY_DOC}/syntax/methods_rdoc.html` },
    ],
    samples: [
      "app/models/invoice.rb:14:in `initialize': wrong number of arguments (given 1, expected 2) (ArgumentError)\n\tfrom app/services/billing.rb:9:in `new'",
      'ArgumentError: wrong number of arguments (given 2, expected 1; required keyword: message)',
    ],
  },
  {
    id: 'ruby.no-implicit-conversion',
    language: 'ruby',
    match: /no implicit conversion (?:of|from) (?<from>\w{1,100}) (?:into|to) (?<to>\w{1,100})/,
    errorType: 'TypeError',
    category: 'type',
    priority: 25,
    summary: (c) => `Ruby will not automatically turn ${c.from ?? 'this value'} into ${c.to ?? 'the needed type'}.`,
    explanation: (c) =>
      `An operation needed a ${c.to ?? 'value of another type'} and got ${c.from ?? 'something else'}. Ruby only converts implicitly ` +
      'between types that declare it (to_str, to_ary, to_int); it never turns an Integer or nil into a String for you. ' +
      'Typical cases: "Total: " + 5, array[nil], or a nil where a String was required.',
    causes: [
      'Concatenating a String with a number or nil using +',
      'Indexing an Array with a String/nil, or a Hash lookup result used as an index',
      'A method returned nil where a String/Integer was expected',
    ],
    fixes: [
      {
        title: 'Convert explicitly or interpolate',
        steps: ['Use string interpolation or call to_s / to_i explicitly', 'If the value is nil, find out why (see where it is assigned)'],
        code: '"Total: #{total}"        # instead of "Total: " + total\nitems[index.to_i]\nname.to_s + suffix',
      },
    ],
    references: [{ title: 'Ruby: TypeError', url: `${RUBY_DOC}/TypeError.html` }],
    samples: [
      "app.rb:3:in `+': no implicit conversion of Integer into String (TypeError)\n\tfrom app.rb:3:in `<main>'",
      "lib/report.rb:22:in `[]': no implicit conversion from nil to integer (TypeError)",
    ],
  },
  {
    id: 'ruby.cannot-be-coerced',
    language: 'ruby',
    match: /\b(?<from>[A-Za-z]\w{0,99}) can't be coerced into (?<to>\w{1,100})/,
    errorType: 'TypeError',
    category: 'type',
    priority: 25,
    summary: (c) => `Arithmetic between ${c.to ?? 'a number'} and ${c.from ?? 'another type'} is not possible.`,
    explanation: (c) =>
      `A numeric operator (+, -, *, /) received ${c.from === 'nil' ? 'nil' : `a ${c.from ?? 'value'}`} on its right-hand side. ` +
      `${c.to ?? 'The number'} tried to coerce it and failed. ${c.from === 'nil' ? 'The operand is missing: a variable or attribute is nil.' : 'Values read from input, params or CSV are Strings until you convert them.'}`,
    causes: [
      'A value from params, ENV, a CSV or JSON is still a String',
      'An attribute or variable is nil (missing data)',
      'Summing a collection that contains nil or String elements',
    ],
    fixes: [
      {
        title: 'Convert or default the operand',
        steps: ['Convert strings with to_i / to_f / BigDecimal', 'Default nil with || 0 or compact the collection first'],
        code: 'total = price.to_f * quantity.to_i\nsum = values.compact.sum',
      },
    ],
    references: [{ title: 'Ruby: TypeError', url: `${RUBY_DOC}/TypeError.html` }],
    samples: [
      "cart.rb:9:in `+': String can't be coerced into Integer (TypeError)",
      "app/models/order.rb:31:in `*': nil can't be coerced into Float (TypeError)",
    ],
  },
  {
    id: 'ruby.load-error',
    language: 'ruby',
    match: /cannot load such file -- (?<file>[^\s()]{1,300})/,
    errorType: 'LoadError',
    category: 'dependency',
    priority: 25,
    summary: (c) => `Ruby cannot find '${c.file ?? 'the file'}' to require.`,
    explanation: (c) =>
      `require '${c.file ?? ''}' searched the load path ($LOAD_PATH) and the installed gems and found nothing. ` +
      'Either the gem is not installed for this Ruby, the script is not run through Bundler, or the path is relative to the wrong directory ' +
      '(require looks in the load path; require_relative looks next to the current file).',
    causes: [
      'The gem is not installed, or installed for another Ruby version/gemset',
      'The script is run without bundle exec, so Gemfile gems are not on the load path',
      'A local file is required with require instead of require_relative',
      'Since Ruby 3.x some default gems were removed from the standard library (e.g. net-smtp, matrix, webrick)',
    ],
    fixes: (c) => [
      {
        title: 'Install the gem through Bundler',
        steps: ['Add the gem to the Gemfile', 'Run bundle install', 'Run your command with bundle exec'],
        code: `bundle add ${(c.file ?? 'gem-name').split('/')[0]}\nbundle exec ruby script.rb`,
      },
      {
        title: 'Require a local file correctly',
        steps: ['Use require_relative for files in your project'],
        code: `require_relative '${c.file ?? 'lib/helper'}'`,
      },
    ],
    references: [
      { title: 'Ruby: LoadError', url: `${RUBY_DOC}/LoadError.html` },
      { title: 'Bundler: bundle exec', url: 'https://bundler.io/man/bundle-exec.1.html' },
    ],
    samples: [
      "<internal:/usr/lib/ruby/3.2.0/rubygems/core_ext/kernel_require.rb>:85:in `require': cannot load such file -- nokogiri (LoadError)",
      "/app/lib/tasks/mailer.rb:1:in `require': cannot load such file -- net/smtp (LoadError)",
    ],
  },
  {
    id: 'ruby.bundler-gem-not-found',
    language: 'ruby',
    match: /Could not find (?:gem )?'?(?<gem>[A-Za-z][\w.-]{0,150}?)(?:-(?<version>\d[\w.-]{0,60}))?(?=[\s',(])(?: \((?<requirement>[^)\n]{1,60})\))?'?[^\n]{0,200}?(?:in (?:any of the sources|locally installed gems|rubygems repository)|installed locally)/,
    errorType: 'Bundler::GemNotFound',
    category: 'dependency',
    priority: 30,
    summary: (c) => `Bundler cannot find the gem ${c.gem ?? ''}${c.version ? ` ${c.version}` : ''}${c.requirement ? ` (${c.requirement})` : ''}.`,
    explanation: (c) =>
      `The Gemfile.lock (or Gemfile) requires ${c.gem ?? 'a gem'}${c.version ? ` ${c.version}` : ''}${c.requirement ? ` ${c.requirement}` : ''}, but that exact version is not installed ` +
      'for the Ruby that is running, and Bundler was not allowed or able to download it. This often happens after switching Ruby versions, ' +
      'in a Docker image built before the lockfile changed, or when the lockfile lists a platform-specific version for another platform.',
    causes: [
      'bundle install was not run after the Gemfile/Gemfile.lock changed',
      'A different Ruby version or gem path is active (rbenv/rvm/asdf, Docker layer)',
      'The lockfile pins a platform-specific gem (e.g. nokogiri-x86_64-linux) for another platform',
      'The gem name or version does not exist on the configured source',
    ],
    fixes: [
      {
        title: 'Install the locked gems',
        steps: ['Run bundle install with the same Ruby that runs the app', 'Run the app through bundle exec'],
        code: 'ruby -v\nbundle install\nbundle exec rails s',
      },
      {
        title: 'Fix a platform mismatch',
        steps: ['Add the current platform to the lockfile', 'Commit the updated Gemfile.lock'],
        code: 'bundle lock --add-platform x86_64-linux\nbundle install',
      },
    ],
    references: [
      { title: 'Bundler: bundle install', url: 'https://bundler.io/man/bundle-install.1.html' },
      { title: 'Bundler: bundle lock', url: 'https://bundler.io/man/bundle-lock.1.html' },
    ],
    samples: [
      'Could not find rake-13.0.6 in any of the sources\nRun `bundle install` to install missing gems.',
      "Bundler::GemNotFound: Could not find gem 'rails (~> 7.1.0)' in locally installed gems.",
      "/usr/local/lib/ruby/3.2.0/bundler/spec_set.rb:98:in `block in materialize': Could not find nokogiri-1.15.4-x86_64-linux in locally installed gems (Bundler::GemNotFound)",
    ],
  },
  {
    id: 'ruby.ar-record-not-found',
    language: 'ruby',
    match: /Couldn't find (?:all )?(?<model>[A-Z][\w:]{0,150})(?: with '(?<column>\w{1,100})'=(?<value>[^\s)]{1,100}))?/,
    errorType: 'ActiveRecord::RecordNotFound',
    category: 'database',
    priority: 30,
    summary: (c) =>
      `No ${c.model ?? 'record'} was found${c.column ? ` with ${c.column} = ${c.value ?? '?'}` : ''}.`,
    explanation: (c) =>
      `A finder that raises on a miss (find, find_by!, first!) looked up ${c.model ?? 'a record'}${c.column ? ` by ${c.column}=${c.value ?? ''}` : ''} and the query returned no row. ` +
      'In a controller Rails turns this into a 404 response in production; in development you see the exception. ' +
      'The record may have been deleted, belong to another tenant/scope, or the id in the URL/params is wrong.',
    causes: [
      'The id in the URL or params does not exist (deleted record, stale link, wrong environment)',
      'A default scope or a scoped association (current_user.posts.find) excludes the record',
      'The record was created in another transaction that is not committed/visible yet (e.g. a background job enqueued inside a transaction)',
    ],
    fixes: [
      {
        title: 'Decide what a missing record means',
        steps: [
          'If a miss is expected, use find_by and handle nil',
          'If it is a 404, let Rails render it (production) or rescue_from it in the controller',
          'Enqueue jobs after commit (after_commit / perform_later after the transaction)',
        ],
        code: 'post = Post.find_by(id: params[:id])\nreturn head :not_found unless post\n\n# or, in ApplicationController\nrescue_from ActiveRecord::RecordNotFound, with: -> { head :not_found }',
      },
    ],
    references: [
      { title: 'Rails API: ActiveRecord::RecordNotFound', url: 'https://api.rubyonrails.org/classes/ActiveRecord/RecordNotFound.html' },
      { title: 'Rails guides: Active Record Query Interface', url: 'https://guides.rubyonrails.org/active_record_querying.html' },
    ],
    samples: [
      "ActiveRecord::RecordNotFound (Couldn't find User with 'id'=42):\n  app/controllers/users_controller.rb:8:in `show'",
      "Couldn't find Post without an ID (ActiveRecord::RecordNotFound)",
    ],
  },
  {
    id: 'ruby.ar-pending-migration',
    language: 'ruby',
    match: /ActiveRecord::PendingMigrationError|Migrations are pending\. To resolve this issue, run:/,
    errorType: 'ActiveRecord::PendingMigrationError',
    category: 'database',
    priority: 35,
    summary: 'The database schema is behind: some migrations have not been run.',
    explanation:
      'Rails compared the migration files in db/migrate with the schema_migrations table and found versions that are not applied. ' +
      'In development it refuses to serve requests (and tests refuse to run) until the schema is up to date, because the code expects tables/columns those migrations create.',
    causes: [
      'You pulled code that added migrations and did not run them',
      'The test database was not prepared after a migration',
      'The app points at another database than the one you migrated (DATABASE_URL, RAILS_ENV)',
    ],
    fixes: [
      {
        title: 'Run the pending migrations',
        steps: ['Run the migrations for the current environment', 'For the test database, prepare it as well'],
        code: 'bin/rails db:migrate\nbin/rails db:migrate:status\nRAILS_ENV=test bin/rails db:prepare',
      },
    ],
    references: [{ title: 'Rails guides: Active Record Migrations', url: 'https://guides.rubyonrails.org/active_record_migrations.html' }],
    samples: [
      "ActiveRecord::PendingMigrationError:\n\nMigrations are pending. To resolve this issue, run:\n\n        bin/rails db:migrate RAILS_ENV=development",
    ],
  },
  {
    id: 'ruby.routing-error',
    language: 'ruby',
    match: /No route matches \[(?<verb>[A-Z]{3,7})\] "(?<path>[^"\n]{0,500})"/,
    errorType: 'ActionController::RoutingError',
    category: 'configuration',
    priority: 30,
    summary: (c) => `Rails has no route for ${c.verb ?? 'this request'} ${c.path ?? ''}.`,
    explanation: (c) =>
      `The router tried every rule in config/routes.rb for ${c.verb ?? 'the'} request to ${c.path ?? 'this path'} and none matched. ` +
      'Routes match both the HTTP verb and the path: a route declared as POST does not answer GET. Missing assets in production also appear as routing errors.',
    causes: [
      'The route is not declared, or declared with another HTTP verb',
      'A form/link uses the wrong verb (e.g. link to a DELETE route without data-turbo-method)',
      'The path has a typo, a missing id segment or the wrong namespace/scope',
      'A static asset was not precompiled or is not served in production',
    ],
    fixes: (c) => [
      {
        title: 'Compare with the declared routes',
        steps: ['List the routes that contain this path', 'Add or fix the route in config/routes.rb'],
        code: `bin/rails routes | grep '${(c.path ?? '/path').split('?')[0]}'\n\n# config/routes.rb\nresources :users, only: [:index, :show, :create]`,
      },
    ],
    references: [{ title: 'Rails guides: Rails Routing from the Outside In', url: 'https://guides.rubyonrails.org/routing.html' }],
    samples: ['ActionController::RoutingError (No route matches [GET] "/api/v1/userz"):', 'Started DELETE "/posts/3" for 127.0.0.1\nActionController::RoutingError (No route matches [DELETE] "/posts/3")'],
  },
  {
    id: 'ruby.invalid-authenticity-token',
    language: 'ruby',
    match: /ActionController::InvalidAuthenticityToken|Can't verify CSRF token authenticity/,
    errorType: 'ActionController::InvalidAuthenticityToken',
    category: 'permission',
    priority: 35,
    summary: 'Rails rejected the request because its CSRF token is missing or invalid.',
    explanation:
      'For non-GET requests Rails checks that the form or X-CSRF-Token header carries the token it put in the session. ' +
      'The token was missing (a form/JS request built by hand, an API client), or no longer matches the session (expired or reset session, cookies blocked, a cached page).',
    causes: [
      'A JavaScript request (fetch/axios) does not send the X-CSRF-Token header',
      'The form was not built with form_with/form_tag, so it has no authenticity_token field',
      'The session cookie was lost: different domain/subdomain, SameSite/secure settings, or the page was cached',
      'An API controller inherits CSRF protection although it is authenticated by token, not by cookie',
    ],
    fixes: [
      {
        title: 'Send the token from JavaScript',
        steps: ['Make sure the layout contains csrf_meta_tags', 'Read the meta tag and send it as a header'],
        code: "const token = document.querySelector('meta[name=\"csrf-token\"]').content;\nfetch('/posts', { method: 'POST', headers: { 'X-CSRF-Token': token }, body });",
      },
      {
        title: 'Skip CSRF for token-authenticated APIs only',
        steps: ['Inherit API controllers from ActionController::API, or use null_session for them'],
        code: 'class Api::BaseController < ActionController::API\nend',
      },
    ],
    references: [
      { title: 'Rails guides: Security, CSRF', url: 'https://guides.rubyonrails.org/security.html' },
      { title: 'Rails API: RequestForgeryProtection', url: 'https://api.rubyonrails.org/classes/ActionController/RequestForgeryProtection.html' },
    ],
    samples: [
      'Started POST "/comments" for 172.18.0.1\nCan\'t verify CSRF token authenticity.\nCompleted 422 Unprocessable Entity in 3ms\n\nActionController::InvalidAuthenticityToken (ActionController::InvalidAuthenticityToken):',
    ],
  },
  {
    id: 'ruby.zero-division',
    language: 'ruby',
    match: /divided by 0 \(ZeroDivisionError\)|ZeroDivisionError\b[^\n]{0,20}divided by 0/,
    errorType: 'ZeroDivisionError',
    category: 'runtime',
    priority: 25,
    summary: 'An Integer was divided by zero.',
    explanation:
      'Integer division (/ or %) by 0 raises ZeroDivisionError in Ruby. Float division does not raise: it returns Infinity or NaN. ' +
      'The divisor is usually a count or total that is zero for empty data.',
    causes: ['Averages or percentages computed over an empty collection', 'A divisor read from input or configuration is 0', 'Modulo (%) with a zero operand'],
    fixes: [
      {
        title: 'Guard the divisor',
        steps: ['Return early or a default when the divisor is zero', 'Use fdiv when a Float result is acceptable'],
        code: 'average = count.zero? ? 0 : total / count\nratio = done.fdiv(total)   # Infinity/NaN instead of raising',
      },
    ],
    references: [{ title: 'Ruby: ZeroDivisionError', url: `${RUBY_DOC}/ZeroDivisionError.html` }],
    samples: ["stats.rb:4:in `/': divided by 0 (ZeroDivisionError)\n\tfrom stats.rb:4:in `average'"],
  },
  {
    id: 'ruby.syntax-error-end',
    language: 'ruby',
    match: /unexpected (?<token>end-of-input|keyword_end|`end'|'end')/,
    errorType: 'SyntaxError',
    category: 'syntax',
    priority: 30,
    summary: (c) =>
      c.token === 'end-of-input'
        ? 'A block is not closed: Ruby reached the end of the file still waiting for an `end`.'
        : 'There is an `end` too many: it closes nothing.',
    explanation: (c) =>
      (c.token === 'end-of-input'
        ? 'Every def, class, module, if, unless, case, while, begin and do…block needs a matching end. Ruby reached the end of the file with at least one still open. '
        : 'Ruby found an end where no block is open, so a previous block was closed early or an end is duplicated. ') +
      'The line reported is where Ruby noticed, often far from the real mistake; a `do` vs `{` mix-up or a missing end after an if is typical.',
    causes: [
      'A missing end for def/if/do/class',
      'An extra end, often after editing a block',
      'A one-line if/unless modifier turned into a block without end (or the reverse)',
      'An unclosed string, heredoc or bracket swallowing the following code',
    ],
    fixes: [
      {
        title: 'Find the unbalanced block',
        steps: [
          'Re-indent the file with your editor or RuboCop; misaligned ends show where the block boundaries go wrong',
          'Check the syntax alone with ruby -c',
        ],
        code: 'ruby -c app/models/user.rb\nbundle exec rubocop -a app/models/user.rb',
      },
    ],
    references: [{ title: 'Ruby: SyntaxError', url: `${RUBY_DOC}/SyntaxError.html` }],
    samples: [
      "app.rb:24: syntax error, unexpected end-of-input, expecting `end'",
      "lib/parser.rb:17: syntax error, unexpected `end', expecting end-of-input",
      'app/models/user.rb:45: syntax error, unexpected keyword_end, expecting end-of-input (SyntaxError)',
      "app.rb: --> app.rb\napp.rb:12: syntax errors found (SyntaxError)\n  10 |   end\n> 12 | \n     | ^ unexpected end-of-input; expected an `end` to close the `def` statement",
    ],
  },
  {
    id: 'ruby.syntax-error',
    language: 'ruby',
    match: /(?<![\w./-])(?<file>[\w./-]{1,300}\.rb):(?<line>\d{1,7}): (?:syntax error,|syntax errors? found)/,
    errorType: 'SyntaxError',
    category: 'syntax',
    priority: 20,
    summary: (c) => `Ruby cannot parse ${c.file ?? 'the file'}${c.line ? ` near line ${c.line}` : ''}.`,
    explanation:
      'The parser found a token where the grammar does not allow it, so none of the file is loaded. The message names what was unexpected and what was expected instead; ' +
      'the real mistake is usually on the reported line or just before it (a missing comma, bracket, quote or `do`).',
    causes: ['Missing or extra comma, bracket or parenthesis', 'An unclosed string or heredoc', 'A keyword used as a name or a stray character', 'Code written for a newer Ruby version than the one running'],
    fixes: [
      {
        title: 'Check the file and its neighbourhood',
        steps: ['Run ruby -c on the file', 'Look at the reported line and the line before it', 'Check ruby -v if the syntax is from a recent Ruby version'],
        code: 'ruby -c path/to/file.rb',
      },
    ],
    references: [{ title: 'Ruby: SyntaxError', url: `${RUBY_DOC}/SyntaxError.html` }],
    samples: ["config/routes.rb:5: syntax error, unexpected ')', expecting => (SyntaxError)"],
  },
  {
    id: 'ruby.frozen-error',
    language: 'ruby',
    match: /can't modify frozen (?<klass>[A-Z]\w{0,100})/,
    errorType: 'FrozenError',
    category: 'runtime',
    priority: 30,
    summary: (c) => `The code tried to change a frozen ${c.klass ?? 'object'}.`,
    explanation: (c) =>
      `A frozen ${c.klass ?? 'object'} cannot be modified in place. String literals are frozen when the file starts with ` +
      '`# frozen_string_literal: true` (and constants are often frozen on purpose), so methods like <<, gsub!, upcase! or []= raise instead of changing the value.',
    causes: [
      'The file has the frozen_string_literal magic comment and a literal is mutated with << or a bang method',
      'A constant or configuration object was frozen deliberately',
      'A gem returns a frozen object (e.g. a frozen Hash of defaults) that you modify',
    ],
    fixes: [
      {
        title: 'Work on a copy or build a new value',
        steps: ['Use +"" or dup to get a mutable copy', 'Prefer non-bang methods that return a new object'],
        code: 'buffer = +""          # mutable string\nbuffer << "line"\nname = name.upcase    # instead of name.upcase!\nconfig = DEFAULTS.dup.merge!(overrides)',
      },
    ],
    references: [{ title: 'Ruby: FrozenError', url: `${RUBY_DOC}/FrozenError.html` }],
    samples: ["builder.rb:6:in `<<': can't modify frozen String: \"Hello\" (FrozenError)"],
  },
  {
    id: 'ruby.key-error',
    language: 'ruby',
    match: /key not found: (?<key>[^\s()]{1,200})/,
    errorType: 'KeyError',
    category: 'runtime',
    priority: 25,
    summary: (c) => `The key ${c.key ?? ''} is missing from the Hash (or ENV) passed to fetch.`,
    explanation: (c) =>
      `Hash#fetch and ENV.fetch raise KeyError when the key ${c.key ?? ''} is absent, instead of returning nil like []. ` +
      'With ENV.fetch this almost always means an environment variable is not set in this environment. Note that symbol and string keys are different keys (:name vs "name").',
    causes: [
      'An environment variable is not set (ENV.fetch in config or an initializer)',
      'Symbol vs String key mismatch (JSON.parse returns String keys)',
      'The data really lacks the key (optional field in an API response)',
    ],
    fixes: (c) => [
      {
        title: 'Provide the key or a default',
        steps: ['Set the variable/key, or give fetch a default or block', 'Use symbolize_names: true when parsing JSON if you use symbol keys'],
        code: `ENV.fetch(${c.key && c.key.startsWith('"') ? c.key : '"DATABASE_URL"'}, "postgres://localhost/dev")\nJSON.parse(body, symbolize_names: true).fetch(:name)`,
      },
    ],
    references: [{ title: 'Ruby: KeyError', url: `${RUBY_DOC}/KeyError.html` }],
    samples: [
      "config/initializers/stripe.rb:1:in `fetch': key not found: \"STRIPE_SECRET_KEY\" (KeyError)",
      "app.rb:5:in `fetch': key not found: :name (KeyError)",
    ],
  },
  {
    id: 'ruby.econnrefused',
    language: 'ruby',
    match: /connect\(2\) for "?(?<host>[\w.:\-[\]]{1,253})"? port (?<port>\d{1,5})|Errno::ECONNREFUSED/,
    errorType: 'Errno::ECONNREFUSED',
    category: 'network',
    priority: 25,
    summary: (c) => `Nothing is listening on ${c.host ?? 'the server'}${c.port ? `:${c.port}` : ''}; the connection was refused.`,
    explanation: (c) =>
      `Ruby opened a TCP connection to ${c.host ?? 'a server'}${c.port ? ` on port ${c.port}` : ''} and the operating system answered that no process accepts connections there. ` +
      'The service (database, Redis, an HTTP API) is not running, listens on another host/port, or, inside Docker, "localhost" means the container itself rather than the other service.',
    causes: [
      'The target service is not started (Redis, PostgreSQL, Elasticsearch, an API)',
      'Wrong host or port in configuration (REDIS_URL, DATABASE_URL, API base URL)',
      'Inside a container, localhost points to the container itself; use the service name instead',
      'A firewall or the service binding only to another interface',
    ],
    fixes: [
      {
        title: 'Check the service and the address',
        steps: ['Verify the service is running and on which port', 'Check the URL your app uses', 'In docker compose, use the service name as host'],
        code: 'nc -zv localhost 6379\ndocker compose ps\n# REDIS_URL=redis://redis:6379/0  (service name, not localhost)',
      },
    ],
    references: [{ title: 'Ruby: SystemCallError (Errno::*)', url: `${RUBY_DOC}/SystemCallError.html` }],
    samples: [
      'Failed to open TCP connection to localhost:3000 (Connection refused - connect(2) for "localhost" port 3000) (Errno::ECONNREFUSED)',
      'Redis::CannotConnectError: Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED)',
    ],
  },
  {
    id: 'ruby.enoent',
    language: 'ruby',
    match: /No such file or directory @ (?<call>\w{1,60}) - (?<path>[^\n]{1,300}?) \(Errno::ENOENT\)|No such file or directory @ (?<call2>\w{1,60}) - (?<path2>[^\s()]{1,300})|Errno::ENOENT\b/,
    errorType: 'Errno::ENOENT',
    category: 'io',
    priority: 20,
    summary: (c) => `The file ${c.path ?? c.path2 ?? ''} does not exist.`,
    explanation: (c) =>
      `A system call${c.call ?? c.call2 ? ` (${c.call ?? c.call2})` : ''} was asked to open ${c.path ?? c.path2 ?? 'a path'} and the operating system reported that it does not exist. ` +
      'Relative paths are resolved against the current working directory of the process, not the Ruby file, so the same code can work from one directory and fail from another.',
    causes: [
      'The path is relative and the process runs from another directory (cron, systemd, Docker WORKDIR)',
      'A config file that is git-ignored (config/database.yml, .env, master.key) was never created',
      'Typo or wrong case in the file name (Linux file systems are case-sensitive)',
    ],
    fixes: [
      {
        title: 'Build paths from a known root',
        steps: ['Use __dir__ or Rails.root to build absolute paths', 'Create the missing file from its example/template'],
        code: 'File.read(File.join(__dir__, "data", "seed.json"))\nRails.root.join("config", "settings.yml")\ncp config/database.yml.example config/database.yml',
      },
    ],
    references: [{ title: 'Ruby: SystemCallError (Errno::*)', url: `${RUBY_DOC}/SystemCallError.html` }],
    samples: ["config.rb:3:in `read': No such file or directory @ rb_sysopen - config/settings.yml (Errno::ENOENT)"],
  },
  {
    id: 'ruby.zeitwerk-expected-file',
    language: 'ruby',
    match: /expected file (?<file>\S{1,300}) to define constant (?<constant>[\w:]{1,300})/,
    errorType: 'Zeitwerk::NameError',
    category: 'name',
    priority: 35,
    summary: (c) => `${c.file ?? 'A file'} does not define ${c.constant ?? 'the constant its name implies'}.`,
    explanation: (c) =>
      `Rails' autoloader (Zeitwerk) derives the expected constant from the file path: ${c.file ?? 'the file'} must define ${c.constant ?? 'a matching class or module'}. ` +
      'The class inside is named differently (spelling, acronym casing such as API vs Api, or a missing namespace module).',
    causes: [
      'Class name and file name differ (user_api.rb must define UserApi unless an inflection for API is configured)',
      'The class is defined outside the namespace implied by the directory',
      'A file in an autoload path is not meant to define a constant (scripts, generated files)',
    ],
    fixes: [
      {
        title: 'Make the file and constant agree',
        steps: ['Rename the class or the file', 'Configure acronyms in config/initializers/inflections.rb', 'Run bin/rails zeitwerk:check'],
        code: "# config/initializers/inflections.rb\nActiveSupport::Inflector.inflections(:en) { |inflect| inflect.acronym 'API' }\n\nbin/rails zeitwerk:check",
      },
    ],
    references: [{ title: 'Rails guides: Autoloading and Reloading Constants', url: 'https://guides.rubyonrails.org/autoloading_and_reloading_constants.html' }],
    samples: ['Zeitwerk::NameError: expected file /app/app/services/user_api.rb to define constant UserApi, but didn\'t'],
  },
];
