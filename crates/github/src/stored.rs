//! The gh CLI's stored login for a host: `gh auth token --hostname HOST` when gh is on the
//! `PATH` (gh keeps tokens in the system keyring by default, and only gh can read them there),
//! else the `oauth_token` of that host in gh's `hosts.yml`.
//!
//! gh's configuration folder is `GH_CONFIG_DIR`, else `$XDG_CONFIG_HOME/gh`, else
//! `%AppData%\GitHub CLI` on Windows, else `~/.config/gh` (gh's own rule). Everything is read
//! through [`Env`], so tests simulate each operating system and give gh's `PATH`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::runtime::credentials::{CredentialSource, Env, Platform, SecretString, home};

/// Variable naming gh's configuration folder.
pub const CONFIG_DIR_VAR: &str = "GH_CONFIG_DIR";
/// The longest `gh auth token` may take before it is given up on.
pub const GH_TIMEOUT: Duration = Duration::from_secs(5);

/// What looking for gh's stored login found, and where it looked (for the error when nothing
/// was found).
pub(crate) struct Lookup {
    /// The token and where it came from.
    pub found: Option<(SecretString, CredentialSource)>,
    /// The places tried, described.
    pub tried: Vec<String>,
}

/// The gh command line for `host`.
pub(crate) fn gh_command_line(host: &str) -> String {
    format!("gh auth token --hostname {host}")
}

/// gh's stored token for `host` (`github.com`, `TENANT.ghe.com`, an Enterprise Server host).
pub(crate) fn lookup(env: &dyn Env, host: &str) -> Lookup {
    let mut tried = Vec::new();
    let described = gh_command_line(host);
    match find_gh(env) {
        Some(gh) => match run_gh(&gh, host, GH_TIMEOUT) {
            Ok(token) => {
                return Lookup {
                    found: Some((
                        SecretString::from(token),
                        CredentialSource::Command(described),
                    )),
                    tried,
                };
            }
            Err(why) => tried.push(format!("`{described}` ({why})")),
        },
        None => tried.push(format!("`{described}` (gh is not on the PATH)")),
    }
    match hosts_file(env) {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(text) => match oauth_token(&text, host) {
                Some(token) => {
                    return Lookup {
                        found: Some((
                            SecretString::from(token),
                            CredentialSource::File(path, host.to_string()),
                        )),
                        tried,
                    };
                }
                None => tried.push(format!("{} (no oauth_token for {host})", path.display())),
            },
            Err(_) => tried.push(format!("{} (not found)", path.display())),
        },
        None => tried.push("gh's hosts.yml (no home folder to look in)".to_string()),
    }
    Lookup { found: None, tried }
}

/// gh's configuration folder, by gh's rule (see the module documentation).
pub fn config_dir(env: &dyn Env) -> Option<PathBuf> {
    if let Some(dir) = env.var(CONFIG_DIR_VAR) {
        return Some(PathBuf::from(dir));
    }
    if let Some(xdg) = env.var("XDG_CONFIG_HOME") {
        return Some(PathBuf::from(xdg).join("gh"));
    }
    if env.platform() == Platform::Windows
        && let Some(app_data) = env.var("AppData").or_else(|| env.var("APPDATA"))
    {
        return Some(PathBuf::from(app_data).join("GitHub CLI"));
    }
    home(env).map(|h| h.join(".config").join("gh"))
}

/// gh's `hosts.yml`.
pub fn hosts_file(env: &dyn Env) -> Option<PathBuf> {
    config_dir(env).map(|d| d.join("hosts.yml"))
}

/// The `gh` program on the environment's `PATH` (`gh.exe` on Windows).
pub(crate) fn find_gh(env: &dyn Env) -> Option<PathBuf> {
    let path = env.var("PATH").or_else(|| env.var("Path"))?;
    let (separator, name) = match env.platform() {
        Platform::Windows => (';', "gh.exe"),
        Platform::Unix => (':', "gh"),
    };
    path.split(separator)
        .filter(|d| !d.is_empty())
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

/// Run `gh auth token --hostname HOST` with stdin closed, stderr discarded and a time limit;
/// its trimmed output is the token. Every failure is a short reason, never gh's output.
pub(crate) fn run_gh(gh: &Path, host: &str, timeout: Duration) -> Result<String, String> {
    // A program written a moment ago can be refused with ETXTBSY while another thread's child
    // still holds it open for writing (between its fork and its exec): try again briefly.
    let mut tries = 0;
    let mut child = loop {
        let spawned = Command::new(gh)
            .args(["auth", "token", "--hostname", host])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn();
        match spawned {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && tries < 20 => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(10));
            }
            other => break other,
        }
    }
    .map_err(|e| format!("could not start {}: {e}", gh.display()))?;
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("no answer within {} s", timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(format!("waiting for it failed: {e}")),
        }
    };
    let mut out = String::new();
    if let Some(stdout) = child.stdout.take() {
        let _ = stdout.take(16 << 10).read_to_string(&mut out);
    }
    if !status.success() {
        return Err(match status.code() {
            Some(code) => format!("exit status {code}: not logged in to {host}"),
            None => "ended by a signal".to_string(),
        });
    }
    let token = out.trim();
    if token.is_empty() || token.contains(char::is_whitespace) {
        return Err("it printed no token".to_string());
    }
    Ok(token.to_string())
}

/// The `oauth_token` directly under `host` in the text of gh's `hosts.yml`: a mapping of hosts,
/// each a mapping whose `oauth_token` is the active account's token (when gh could not use the
/// keyring). Host names compare case-insensitively. A small reader for this one shape: block
/// mappings, plain or quoted scalars, comments.
pub fn oauth_token(text: &str, host: &str) -> Option<String> {
    let mut in_host = false;
    let mut child_indent: Option<usize> = None;
    for raw in text.lines() {
        let line = raw.trim_end();
        let content = line.trim_start();
        if content.is_empty() || content.starts_with('#') || content == "---" {
            continue;
        }
        let indent = line.len() - content.len();
        if indent == 0 {
            let key = content.strip_suffix(':').map(unquote);
            in_host = key.is_some_and(|k| k.eq_ignore_ascii_case(host));
            child_indent = None;
            continue;
        }
        if !in_host {
            continue;
        }
        let level = *child_indent.get_or_insert(indent);
        if indent != level {
            continue; // deeper: an account under `users:`
        }
        let Some((key, value)) = content.split_once(':') else {
            continue;
        };
        if unquote(key.trim()) == "oauth_token" {
            let value = scalar(value.trim());
            return (!value.is_empty()).then_some(value);
        }
    }
    None
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    if s.len() >= 2
        && ((s.starts_with('"') && s.ends_with('"')) || (s.starts_with('\'') && s.ends_with('\'')))
    {
        s[1..s.len() - 1].to_string()
    } else {
        s.to_string()
    }
}

/// A scalar value: `'…'` (with `''` for a quote), `"…"` (with backslash escapes), or plain (up
/// to a ` #` comment).
fn scalar(v: &str) -> String {
    if let Some(rest) = v.strip_prefix('\'') {
        let mut out = String::new();
        let mut chars = rest.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\'' {
                if chars.peek() == Some(&'\'') {
                    chars.next();
                    out.push('\'');
                } else {
                    break;
                }
            } else {
                out.push(c);
            }
        }
        return out;
    }
    if let Some(rest) = v.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = rest.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => break,
                },
                c => out.push(c),
            }
        }
        return out;
    }
    let plain = match v.find(" #") {
        Some(i) => &v[..i],
        None => v,
    };
    plain.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::MapEnv;
    use crate::runtime::credentials::ExposeSecret;

    const HOSTS: &str = "\
# written by gh
github.com:
    users:
        octocat:
            oauth_token: gho_user_level
        hubot:
            oauth_token: gho_other_account
    git_protocol: https
    oauth_token: gho_dotcom  # the active account
    user: octocat
\"ghe.corp.example\":
  oauth_token: 'ghe''s token'
  user: admin
keyring.example:
    users:
        someone:
    user: someone
";

    #[test]
    fn hosts_yml_gives_the_active_token_of_the_host() {
        assert_eq!(
            oauth_token(HOSTS, "github.com").as_deref(),
            Some("gho_dotcom")
        );
        assert_eq!(
            oauth_token(HOSTS, "GitHub.com").as_deref(),
            Some("gho_dotcom")
        );
        assert_eq!(
            oauth_token(HOSTS, "ghe.corp.example").as_deref(),
            Some("ghe's token")
        );
        // Kept in the keyring: no token in the file.
        assert_eq!(oauth_token(HOSTS, "keyring.example"), None);
        assert_eq!(oauth_token(HOSTS, "octocat"), None);
        assert_eq!(oauth_token("", "github.com"), None);
        assert_eq!(
            oauth_token("h:\n  oauth_token: \"a\\\"b\"\n", "h").as_deref(),
            Some("a\"b")
        );
    }

    #[test]
    fn config_dir_follows_gh_on_every_platform() {
        let unix = MapEnv::new()
            .with_platform(Platform::Unix)
            .with("HOME", "/home/me")
            .with("AppData", "C:\\Users\\me\\AppData\\Roaming");
        assert_eq!(
            config_dir(&unix),
            Some(PathBuf::from("/home/me/.config/gh"))
        );
        let xdg = unix.clone().with("XDG_CONFIG_HOME", "/xdg");
        assert_eq!(config_dir(&xdg), Some(PathBuf::from("/xdg/gh")));
        let own = xdg.clone().with(CONFIG_DIR_VAR, "/own");
        assert_eq!(hosts_file(&own), Some(PathBuf::from("/own/hosts.yml")));

        let windows = MapEnv::new()
            .with_platform(Platform::Windows)
            .with("USERPROFILE", "C:\\Users\\me")
            .with("AppData", "C:\\Users\\me\\AppData\\Roaming");
        assert_eq!(
            config_dir(&windows),
            Some(PathBuf::from("C:\\Users\\me\\AppData\\Roaming").join("GitHub CLI"))
        );
        let windows_xdg = windows.clone().with("XDG_CONFIG_HOME", "D:\\cfg");
        assert_eq!(
            config_dir(&windows_xdg),
            Some(PathBuf::from("D:\\cfg").join("gh"))
        );
        // No AppData: the home folder's .config, as on Unix.
        let bare = MapEnv::new()
            .with_platform(Platform::Windows)
            .with("USERPROFILE", "C:\\Users\\me");
        assert_eq!(
            config_dir(&bare),
            Some(PathBuf::from("C:\\Users\\me").join(".config").join("gh"))
        );
        assert_eq!(
            config_dir(&MapEnv::new().with_platform(Platform::Unix)),
            None
        );
    }

    fn layouts(root: &Path) -> Vec<(MapEnv, PathBuf)> {
        vec![
            (
                MapEnv::new()
                    .with_platform(Platform::Unix)
                    .with_home(root.join("home")),
                root.join("home/.config/gh/hosts.yml"),
            ),
            (
                MapEnv::new()
                    .with_platform(Platform::Unix)
                    .with("HOME", root.join("h2").to_str().unwrap())
                    .with("XDG_CONFIG_HOME", root.join("xdg").to_str().unwrap()),
                root.join("xdg/gh/hosts.yml"),
            ),
            (
                MapEnv::new()
                    .with_platform(Platform::Windows)
                    .with("USERPROFILE", root.join("win").to_str().unwrap())
                    .with("AppData", root.join("roaming").to_str().unwrap()),
                root.join("roaming").join("GitHub CLI").join("hosts.yml"),
            ),
            (
                MapEnv::new().with(CONFIG_DIR_VAR, root.join("own").to_str().unwrap()),
                root.join("own/hosts.yml"),
            ),
        ]
    }

    #[test]
    fn the_hosts_file_is_read_where_gh_puts_it_on_each_os() {
        let dir = tempfile::tempdir().unwrap();
        for (i, (env, path)) in layouts(dir.path()).into_iter().enumerate() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(
                &path,
                format!("github.com:\n    oauth_token: gho_layout{i}\n"),
            )
            .unwrap();
            let got = lookup(&env, "github.com");
            let (token, source) = got.found.expect("found");
            assert_eq!(token.expose_secret(), format!("gho_layout{i}"));
            assert_eq!(
                source,
                CredentialSource::File(path.clone(), "github.com".into())
            );
            // gh is not on this environment's PATH: that was tried first and said so.
            assert!(
                got.tried[0].contains("gh is not on the PATH"),
                "{:?}",
                got.tried
            );
            // Another host: nothing, and the file is named.
            let none = lookup(&env, "ghe.corp.example");
            assert!(none.found.is_none());
            assert!(
                none.tried[1].contains(&path.display().to_string()),
                "{:?}",
                none.tried
            );
        }
    }

    #[cfg(unix)]
    fn fake_gh(dir: &Path, script: &str) {
        use std::os::unix::fs::PermissionsExt;
        let path = dir.join("gh");
        std::fs::write(&path, format!("#!/bin/sh\n{script}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn gh_auth_token_wins_over_the_file_and_failures_fall_through() {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        let cfg = dir.path().join("cfg");
        std::fs::create_dir_all(&cfg).unwrap();
        std::fs::write(
            cfg.join("hosts.yml"),
            "github.com:\n  oauth_token: gho_file\n",
        )
        .unwrap();
        let env = MapEnv::new()
            .with_platform(Platform::Unix)
            .with("PATH", &format!("/nonexistent:{}", bin.display()))
            .with(CONFIG_DIR_VAR, cfg.to_str().unwrap());
        // gh answers only for the host it is asked about, with stdin closed.
        fake_gh(
            &bin,
            r#"[ "$1 $2 $3" = "auth token --hostname" ] || exit 9
if read -r line; then exit 8; fi
[ "$4" = "github.com" ] && { echo "gho_from_gh"; exit 0; }
echo "no oauth token found for $4" >&2; exit 1"#,
        );
        let got = lookup(&env, "github.com");
        let (token, source) = got.found.unwrap();
        assert_eq!(token.expose_secret(), "gho_from_gh");
        assert_eq!(
            source,
            CredentialSource::Command("gh auth token --hostname github.com".into())
        );
        // gh fails for this host: the file is read next (nothing there for it either).
        let got = lookup(&env, "ghe.corp.example");
        assert!(got.found.is_none());
        assert!(got.tried[0].contains("exit status 1"), "{:?}", got.tried);

        // An empty answer falls through to the file.
        fake_gh(&bin, "exit 0");
        let (token, _) = lookup(&env, "github.com").found.unwrap();
        assert_eq!(token.expose_secret(), "gho_file");

        // A gh that hangs is given up on.
        fake_gh(&bin, "sleep 30");
        let started = Instant::now();
        let e = run_gh(&bin.join("gh"), "github.com", Duration::from_millis(300)).unwrap_err();
        assert!(e.contains("no answer"), "{e}");
        assert!(started.elapsed() < Duration::from_secs(10));
    }
}
