#!/usr/bin/env bash
# One agent checkout against the local stack: session, delegated payment token, complete, then the order.
# CARD=4000000000000002 ./scripts/agent-checkout.sh tries a declined card.
set -euo pipefail
# --- checkout ---
A='Authorization: Bearer local-agent-token'; J='Content-Type: application/json'; V='API-Version: 2026-04-17'
K() { echo "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)"; }
S=$(curl -s -X POST localhost:8080/checkout_sessions -H "$A" -H "$J" -H "$V" -H "$(K)" -d '{"currency":"usd","line_items":[{"id":"mug-black","quantity":2}],"fulfillment_details":{"name":"Ada Lovelace","email":"ada@example.com","address":{"name":"Ada Lovelace","line_one":"1234 Chat Road","city":"San Francisco","state":"CA","country":"US","postal_code":"94131"}}}')
SESSION=$(echo "$S" | sed -E 's/^\{"id":"([^"]+)".*/\1/'); echo "session $SESSION: $(echo "$S" | grep -o '"status":"[a-z_]*"')"
TOKEN=$(curl -s -X POST localhost:8081/agentic_commerce/delegate_payment -H "$A" -H "$J" -H "$V" -H "$(K)" -d '{"payment_method":{"type":"card","card_number_type":"fpan","number":"'"${CARD:-4242424242424242}"'","exp_month":"12","exp_year":"2030","cvc":"123","display_card_funding_type":"credit","metadata":{}},"allowance":{"reason":"one_time","max_amount":10000,"currency":"usd","checkout_session_id":"'"$SESSION"'","merchant_id":"comptoir_demo","expires_at":"'"$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)"'"},"risk_signals":[],"metadata":{"source":"demo"}}' | sed -E 's/^\{"id":"([^"]+)".*/\1/'); echo "payment token $TOKEN"
C=$(curl -s -X POST "localhost:8080/checkout_sessions/$SESSION/complete" -H "$A" -H "$J" -H "$V" -H "$(K)" -d '{"buyer":{"first_name":"Ada","last_name":"Lovelace","email":"ada@example.com"},"payment_data":{"handler_id":"card_tokenized","instrument":{"type":"card","credential":{"type":"spt","token":"'"$TOKEN"'"}}}}')
echo "complete: $(echo "$C" | grep -o '"status":"[a-z_]*"' | tail -1) $(echo "$C" | grep -o '"messages":\[{"type":"error","code":"[a-z_0-9]*"' | sed 's/.*"code"://')"
ORDER=$(echo "$C" | grep -o '"order":{"id":"[^"]*"' | sed 's/.*"id":"//;s/"//')
if [ -n "$ORDER" ]; then echo "order $ORDER"; sleep 1; curl -s "localhost:8080/orders/$ORDER" -H "$A" -H "$V"; echo
curl -s "localhost:8083/emails?order_id=$ORDER" -H 'Authorization: Bearer local-merchant-token'; echo; fi
# --- end ---
