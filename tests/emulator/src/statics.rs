//! Static files: the sample page from `www/` and the built package from `pkg/` (under `/pkg/`).

use std::fs;
use std::path::{Path, PathBuf};

use crate::forms::decode_path;
use crate::http::Response;

/// Where static files come from.
#[derive(Debug, Clone)]
pub struct StaticRoots {
    www: PathBuf,
    pkg: PathBuf,
}

impl StaticRoots {
    /// Roots at the given directories.
    pub fn new(www: PathBuf, pkg: PathBuf) -> StaticRoots {
        StaticRoots { www, pkg }
    }

    /// `WWW_DIR` / `PKG_DIR`, or `www/` and `pkg/` at the repository root.
    pub fn from_env() -> StaticRoots {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("..");
        let dir = |var: &str, default: &str| {
            std::env::var_os(var).map_or_else(|| repo.join(default), PathBuf::from)
        };
        StaticRoots::new(dir("WWW_DIR", "www"), dir("PKG_DIR", "pkg"))
    }

    /// Answers `method` on the raw (still percent-encoded) `path`.
    pub fn serve(&self, method: &str, path: &str) -> Response {
        if method != "GET" && method != "HEAD" {
            let mut response = Response::text(
                405,
                "text/plain; charset=utf-8",
                "static files answer GET and HEAD only",
            );
            response.headers.push(("Allow".into(), "GET, HEAD".into()));
            return response;
        }
        let decoded = decode_path(path);
        let (root, below) = match decoded.strip_prefix("/pkg") {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => (&self.pkg, rest),
            _ => (&self.www, decoded.as_str()),
        };
        let Some(file) = file_below(root, below) else {
            return Response::text(403, "text/plain; charset=utf-8", "path traversal refused");
        };
        match fs::read(&file) {
            Ok(content) => {
                let mut response = Response::text(200, content_type(&file), content);
                response
                    .headers
                    .push(("Cache-Control".into(), "no-store".into()));
                response
            }
            Err(_) => Response::text(
                404,
                "text/html; charset=utf-8",
                "<html><body><h1>404 Not Found</h1></body></html>",
            ),
        }
    }
}

/// The file `path` names below `root` (`index.html` for a directory). None when a segment
/// is `..` or holds a backslash or NUL.
fn file_below(root: &Path, path: &str) -> Option<PathBuf> {
    let mut file = root.to_path_buf();
    for segment in path.split('/').filter(|s| !s.is_empty() && *s != ".") {
        if segment == ".." || segment.contains(['\\', '\0']) {
            return None;
        }
        file.push(segment);
    }
    if path.ends_with('/') || path.is_empty() || file.is_dir() {
        file.push("index.html");
    }
    Some(file)
}

/// The Content-Type for a file, from its extension.
fn content_type(file: &Path) -> &'static str {
    let extension = file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "ts" => "application/typescript; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traversal_is_refused() {
        let root = Path::new("/srv/www");
        assert_eq!(file_below(root, "/../etc/passwd"), None);
        assert_eq!(file_below(root, "/a/../../b"), None);
        assert_eq!(file_below(root, "/a\\..\\b"), None);
        assert_eq!(
            file_below(root, "/"),
            Some(PathBuf::from("/srv/www/index.html"))
        );
        assert_eq!(
            file_below(root, "/./js//app.js"),
            Some(PathBuf::from("/srv/www/js/app.js"))
        );
    }

    #[test]
    fn content_types() {
        assert_eq!(
            content_type(Path::new("a/switchboard_bg.wasm")),
            "application/wasm"
        );
        assert_eq!(
            content_type(Path::new("a/index.d.ts")),
            "application/typescript; charset=utf-8"
        );
        assert_eq!(
            content_type(Path::new("a/x.MJS")),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(
            content_type(Path::new("a/blob")),
            "application/octet-stream"
        );
    }
}
