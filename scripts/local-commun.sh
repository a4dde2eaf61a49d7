# Shared by the local-run scripts (sourced, not run): an S3 and SQS on loopback — moto_server started here,
# or the server of an AWS_ENDPOINT_URL already set (LocalStack) — with the buckets, the queue and the
# input bucket's notifications to it, as template.yaml sets them up on AWS.

externe=${AWS_ENDPOINT_URL:-}
port_moto=${MOTO_PORT:-5055}
outils="aws java"
[ -n "$externe" ] || outils="moto_server $outils"
for outil in $outils; do
  command -v "$outil" >/dev/null || { echo "$outil est introuvable sur le PATH (moto_server : pip install 'moto[server]' ; aws : pip install awscli)." >&2; exit 1; }
done
jar=function/target/simulateur-sons.jar
if [ ! -f "$jar" ] || [ -n "$(find function/src pom.xml function/pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -B -q package -DskipTests
fi

export AWS_ENDPOINT_URL="${externe:-http://127.0.0.1:$port_moto}" AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test \
       AWS_REGION=eu-west-3 AWS_DEFAULT_REGION=eu-west-3 \
       DEPOTS_BUCKET=simulateur-sons-depots RESULTS_BUCKET=simulateur-sons-resultats
aws_() { aws --endpoint-url "$AWS_ENDPOINT_URL" "$@"; }

if [ -z "$externe" ]; then
  # A directory of this run's own: two runs, or two users, never share a log.
  journal="$(mktemp -d -t simulateur-sons.XXXXXX)/moto.log"
  echo "moto_server on $port_moto, its log in $journal" >&2
  moto_server -H 127.0.0.1 -p "$port_moto" >"$journal" 2>&1 &
  moto=$!
  trap 'kill $moto 2>/dev/null' EXIT
  for _ in $(seq 50); do curl -sf "$AWS_ENDPOINT_URL/moto-api/" >/dev/null && break; sleep 0.1; done
fi

echo "Buckets, queue and S3 → SQS notification on $AWS_ENDPOINT_URL" >&2
for b in "$DEPOTS_BUCKET" "$RESULTS_BUCKET"; do
  aws_ s3api create-bucket --bucket "$b" --create-bucket-configuration LocationConstraint=eu-west-3 >/dev/null
done
aws_ s3api put-bucket-versioning --bucket "$DEPOTS_BUCKET" --versioning-configuration Status=Enabled
file=$(aws_ sqs create-queue --queue-name simulateur-sons-notifications --query QueueUrl --output text)
arn=$(aws_ sqs get-queue-attributes --queue-url "$file" --attribute-names QueueArn --query Attributes.QueueArn --output text)
aws_ s3api put-bucket-notification-configuration --bucket "$DEPOTS_BUCKET" --notification-configuration \
  "{\"QueueConfigurations\": [{\"QueueArn\": \"$arn\", \"Events\": [\"s3:ObjectCreated:*\"]}]}"
