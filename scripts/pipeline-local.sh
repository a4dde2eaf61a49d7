#!/usr/bin/env bash
# The S3 pipeline on this machine, without AWS: moto_server on loopback (or, with AWS_ENDPOINT_URL set,
# a LocalStack already running) stands in for S3 and SQS, the input bucket notifies a queue, and the
# function's own code consumes it.
#   scripts/pipeline-local.sh [FICHIER.json [TYPE [TAUX [NUMERO_ANS]]]]
set -euo pipefail
cd "$(dirname "$0")/.."

fichier=${1:-examples/avance-rejet-demandes.json}
type=${2:-AVANCE}
taux=${3:-20}
numero=${4:-SONS-V2-DEMO-DPI}
port=${MOTO_PORT:-5055}

externe=${AWS_ENDPOINT_URL:-}
outils="aws java"
[ -n "$externe" ] || outils="moto_server $outils"
for outil in $outils; do
  command -v "$outil" >/dev/null || { echo "$outil est introuvable sur le PATH (moto_server : pip install 'moto[server]' ; aws : pip install awscli)." >&2; exit 1; }
done
[ -f function/target/simulateur-sons.jar ] || ./mvnw -B -q package -DskipTests

export AWS_ENDPOINT_URL="${externe:-http://127.0.0.1:$port}" AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test \
       AWS_REGION=eu-west-3 AWS_DEFAULT_REGION=eu-west-3 RESULTS_BUCKET=simulateur-sons-resultats
depots=simulateur-sons-depots
aws_() { aws --endpoint-url "$AWS_ENDPOINT_URL" "$@"; }

if [ -z "$externe" ]; then
  moto_server -H 127.0.0.1 -p "$port" >/tmp/simulateur-sons-moto.log 2>&1 &
  moto=$!
  trap 'kill $moto 2>/dev/null' EXIT
  for _ in $(seq 50); do curl -sf "$AWS_ENDPOINT_URL/moto-api/" >/dev/null && break; sleep 0.1; done
fi

echo "1. Buckets, queue and S3 → SQS notification on $AWS_ENDPOINT_URL" >&2
for b in "$depots" "$RESULTS_BUCKET"; do
  aws_ s3api create-bucket --bucket "$b" --create-bucket-configuration LocationConstraint=eu-west-3 >/dev/null
done
aws_ s3api put-bucket-versioning --bucket "$depots" --versioning-configuration Status=Enabled
file=$(aws_ sqs create-queue --queue-name simulateur-sons-notifications --query QueueUrl --output text)
arn=$(aws_ sqs get-queue-attributes --queue-url "$file" --attribute-names QueueArn --query Attributes.QueueArn --output text)
aws_ s3api put-bucket-notification-configuration --bucket "$depots" --notification-configuration \
  "{\"QueueConfigurations\": [{\"QueueArn\": \"$arn\", \"Events\": [\"s3:ObjectCreated:*\"]}]}"

cle="depots/$(basename "$fichier")"
echo "2. Upload of $fichier as s3://$depots/$cle (numero-ans=$numero, type-demande=$type, taux-tva=$taux)" >&2
aws_ s3api put-object --bucket "$depots" --key "$cle" --body "$fichier" \
  --metadata "numero-ans=$numero,type-demande=$type,taux-tva=$taux" >/dev/null

echo "3. The function consumes the queue" >&2
java -jar function/target/simulateur-sons.jar consommer-sqs --queue-url "$file" --attente 1 >&2

echo "4. s3://$RESULTS_BUCKET/statuts/$cle" >&2
aws_ s3 cp "s3://$RESULTS_BUCKET/statuts/$cle" -
if aws_ s3api head-object --bucket "$RESULTS_BUCKET" --key "sorties/$cle" >/dev/null 2>&1; then
  echo "5. The annotated file is at s3://$RESULTS_BUCKET/sorties/$cle" >&2
fi
