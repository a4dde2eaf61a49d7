#!/usr/bin/env bash
# The upload API, its page and the pipeline on this machine, without AWS: open http://127.0.0.1:${PORT}/ in a
# browser, fill the form, read the verdict. Ctrl+C stops everything.
#   scripts/api-locale.sh [PORT [OPTIONS of servir…]]   e.g. 8080 --format-sons mon-pack/ --referentiel ref.json
# moto_server is started on 127.0.0.1:${MOTO_PORT:-5055}; with AWS_ENDPOINT_URL set, that server is used (LocalStack).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${1:-8080}
[ $# -gt 0 ] && shift
source scripts/local-commun.sh

# The browser PUTs the file straight to the bucket, from the page's origin.
aws_ s3api put-bucket-cors --bucket "$DEPOTS_BUCKET" --cors-configuration "{\"CORSRules\": [{
  \"AllowedOrigins\": [\"http://127.0.0.1:$port\", \"http://localhost:$port\"], \"AllowedMethods\": [\"PUT\"],
  \"AllowedHeaders\": [\"*\"], \"ExposeHeaders\": [\"ETag\"]}]}"

java -jar function/target/simulateur-sons.jar servir --port "$port" --queue-url "$file" "$@"
