# Sourced by the capture scripts: starts moto_server on loopback and defines `aws_local`.
#
# Only loopback traffic: moto binds 127.0.0.1, every aws call gets --endpoint-url, and the
# instance-metadata lookup that botocore would otherwise try is disabled.

export AWS_EC2_METADATA_DISABLED=true
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=ap-northeast-2
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL
# No user config can change the output format, pager or retries.
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
export TZ=UTC LC_ALL=C.UTF-8

# start_moto [PORT]: starts moto_server and waits until it answers; stops it when the script exits.
start_moto() {
  MOTO_PORT=${1:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  MOTO_URL="http://127.0.0.1:$MOTO_PORT"
  MOTO_LOG=$(mktemp /tmp/moto.XXXXXX.log)
  moto_server -H 127.0.0.1 -p "$MOTO_PORT" >"$MOTO_LOG" 2>&1 &
  MOTO_PID=$!
  trap 'kill "$MOTO_PID" 2>/dev/null; wait "$MOTO_PID" 2>/dev/null' EXIT
  for _ in $(seq 50); do
    curl -sf -o /dev/null "$MOTO_URL/moto-api/" && return 0
    sleep 0.2
  done
  echo "moto_server did not start on $MOTO_URL (log: $MOTO_LOG)" >&2
  return 1
}

# aws_local ARGS...: the real `aws`, always against the local moto.
aws_local() { command aws --endpoint-url "$MOTO_URL" "$@"; }

# tool_versions: the versions a capture came from, one per line.
tool_versions() {
  command aws --version 2>&1
  python3 -c 'import moto; print("moto", moto.__version__)'
}
