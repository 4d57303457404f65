#!/usr/bin/env python3
"""Serves the fixture feeds of FeedEndToEndTests on 127.0.0.1 only.

Prints "PORT <n>" on its first stdout line, appends one JSON line per request to --log, and
exits by itself after --lifetime seconds so that a crashed test never leaves it running.

Routes (all under /feeds/):
  rss.xml            RSS 2.0 with content:encoded, gzip-compressed when the client accepts gzip
  atom.xml           Atom
  changing.xml       changing-v1.xml, or changing-v2.xml once --phase-file holds "2"
  etag.xml           ETag + Last-Modified; 304 when If-None-Match matches
  moved.xml          302 -> moved-2.xml -> 301 -> moved-target.xml
  loop.xml           302 to itself, for ever
  error.xml          500
  hang.xml           never answers (sleeps until the server exits)
  page.html          an HTML page with status 200
  huge.xml           51 MB of XML without Content-Length
"""
import argparse
import gzip
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ETAG = '"etag-v1"'
LAST_MODIFIED = "Tue, 02 Jan 2024 12:00:00 GMT"


class Handler(BaseHTTPRequestHandler):
    server_version = "kn-fixture/1"

    def log_message(self, format, *args):  # quiet: the JSON log is what the test reads
        pass

    def record(self):
        entry = {
            "path": self.path,
            "user_agent": self.headers.get("User-Agent"),
            "accept_encoding": self.headers.get("Accept-Encoding"),
            "if_none_match": self.headers.get("If-None-Match"),
            "if_modified_since": self.headers.get("If-Modified-Since"),
        }
        with self.server.log_lock, open(self.server.options.log, "a", encoding="utf-8") as log:
            log.write(json.dumps(entry) + "\n")

    def send_body(self, body, content_type, status=200, headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def fixture(self, name):
        with open(os.path.join(self.server.options.root, name), "rb") as file:
            return file.read()

    def redirect(self, status, target):
        self.send_response(status)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        self.record()
        route = self.path.split("?")[0]
        if route == "/feeds/rss.xml":
            body = self.fixture("rss.xml")
            if "gzip" in (self.headers.get("Accept-Encoding") or ""):
                self.send_body(gzip.compress(body), "application/rss+xml", headers=[("Content-Encoding", "gzip")])
            else:
                self.send_body(body, "application/rss+xml")
        elif route == "/feeds/atom.xml":
            self.send_body(self.fixture("atom.xml"), "application/atom+xml")
        elif route == "/feeds/changing.xml":
            phase = "1"
            if os.path.exists(self.server.options.phase_file):
                with open(self.server.options.phase_file, encoding="utf-8") as file:
                    phase = file.read().strip() or "1"
            self.send_body(self.fixture("changing-v%s.xml" % phase), "application/rss+xml")
        elif route == "/feeds/etag.xml":
            if self.headers.get("If-None-Match") == ETAG:
                self.send_response(304)
                self.send_header("ETag", ETAG)
                self.end_headers()
            else:
                headers = [("ETag", ETAG), ("Last-Modified", LAST_MODIFIED)]
                self.send_body(self.fixture("etag.xml"), "application/rss+xml", headers=headers)
        elif route == "/feeds/moved.xml":
            self.redirect(302, "/feeds/moved-2.xml")
        elif route == "/feeds/moved-2.xml":
            self.redirect(301, "/feeds/moved-target.xml")
        elif route == "/feeds/moved-target.xml":
            self.send_body(self.fixture("moved-target.xml"), "application/rss+xml")
        elif route == "/feeds/loop.xml":
            self.redirect(302, "/feeds/loop.xml")
        elif route == "/feeds/error.xml":
            self.send_body(b"<h1>Internal Server Error</h1>", "text/html", status=500)
        elif route == "/feeds/hang.xml":
            time.sleep(self.server.options.lifetime)
        elif route == "/feeds/page.html":
            self.send_body(self.fixture("page.html"), "text/html; charset=utf-8")
        elif route == "/feeds/huge.xml":
            self.send_huge()
        else:
            self.send_body(b"not found", "text/plain", status=404)

    def send_huge(self):
        # No Content-Length: the client can only notice the size while downloading.
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.end_headers()
        chunk = b"<!-- " + b"x" * (1024 * 1024 - 9) + b" -->\n"
        try:
            self.wfile.write(b'<?xml version="1.0"?>\n<rss version="2.0"><channel>\n')
            for _ in range(51):
                self.wfile.write(chunk)
            self.wfile.write(b"</channel></rss>\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client aborted the download, as it should


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--phase-file", required=True)
    parser.add_argument("--lifetime", type=float, default=120)
    options = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.options = options
    server.log_lock = threading.Lock()
    print("PORT %d" % server.server_address[1], flush=True)
    threading.Timer(options.lifetime, lambda: os._exit(0)).start()
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
