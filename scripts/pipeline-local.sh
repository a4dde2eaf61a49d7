#!/usr/bin/env bash
# The S3 pipeline on this machine, without AWS: upload one file with its parameters as metadata, let the
# function's own code consume the bucket's notification, print the status.
#   scripts/pipeline-local.sh [FICHIER.json [TYPE [TAUX [NUMERO_ANS]]]]
# moto_server is started on 127.0.0.1:${MOTO_PORT:-5055}; with AWS_ENDPOINT_URL set, that server is used (LocalStack).
set -euo pipefail
cd "$(dirname "$0")/.."

fichier=${1:-examples/avance-rejet-demandes.json}
type=${2:-AVANCE}
taux=${3:-20}
numero=${4:-SONS-V2-DEMO-DPI}
source scripts/local-commun.sh

cle="depots/$(basename "$fichier")"
echo "Upload of $fichier as s3://$DEPOTS_BUCKET/$cle (numero-ans=$numero, type-demande=$type, taux-tva=$taux)" >&2
aws_ s3api put-object --bucket "$DEPOTS_BUCKET" --key "$cle" --body "$fichier" \
  --metadata "numero-ans=$numero,type-demande=$type,taux-tva=$taux" >/dev/null

echo "The function consumes the queue" >&2
java -jar function/target/simulateur-sons.jar consommer-sqs --queue-url "$file" --attente 1 >&2

echo "s3://$RESULTS_BUCKET/statuts/$cle:" >&2
aws_ s3 cp "s3://$RESULTS_BUCKET/statuts/$cle" -
if aws_ s3api head-object --bucket "$RESULTS_BUCKET" --key "sorties/$cle" >/dev/null 2>&1; then
  echo "The annotated file is at s3://$RESULTS_BUCKET/sorties/$cle" >&2
fi
