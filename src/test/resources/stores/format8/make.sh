#!/bin/sh
# Makes the format-8 fixture with the build in ../../../../../target (run from this directory).
set -e
F=../../../../../target/finterm
D=store
C=../format1
rm -rf $D backup.json
printf 'carol-fixture-pw8\ncarol-fixture-pw8\n' | $F --data $D init --admin carol --password-stdin
printf 'carol-fixture-pw8\nalice-fixture-pw8\nalice-fixture-pw8\n' | $F --data $D user add alice --as carol --password-stdin
printf 'carol-fixture-pw8\nbob-fixture-pw8\nbob-fixture-pw8\n' | $F --data $D user add bob --as carol --password-stdin
echo alice-fixture-pw8 | $F --data $D account add Savings --type savings --opening 2500.00 --opening-date 2025-01-01 --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D account add Visa --type credit --opening -120.00 --opening-date 2025-01-01 --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D account add "US Checking" --currency USD --opening-date 2025-01-01 --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D account add "Old Wallet" --type cash --opening 40 --opening-date 2025-01-01 --as alice --password-stdin
for u in alice bob carol; do echo "$u-fixture-pw8" | $F --data $D import $C/$u.csv --as $u --password-stdin; done
echo alice-fixture-pw8 | $F --data $D transfer --from Main --to Savings --amount 300 --date 2026-10-01 --description "monthly saving" --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D transfer --from Main --to Visa --amount 120.00 --date 2026-10-15 --description "card bill" --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D transfer --from Main --to "US Checking" --amount 100 --to-amount 108.20 --date 2026-11-01 --description "dollars" --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D add --as alice --account Visa --date 2026-11-20 --type expense --category Dining --amount 23.40 --description "dinner with Ana" --password-stdin
echo alice-fixture-pw8 | $F --data $D add --as alice --account "US Checking" --date 2026-11-02 --type expense --category Dining --amount 41.00 --description "diner in Boston" --password-stdin
echo alice-fixture-pw8 | $F --data $D category add Household --type expense --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D add --as alice --account Visa --date 2026-11-21 --type expense --amount 64.10 --payee "Corner Market" --tags household,trip-rome --split Groceries=41.60=food --split Household=22.50=soap --description "weekly shop" --password-stdin
echo alice-fixture-pw8 | $F --data $D add --as alice --account Main --date 2026-11-22 --type expense --category Dining --amount 12.00 --payee "Caffe Roma" --tags trip-rome --password-stdin
VISA=$(echo alice-fixture-pw8 | $F --data $D list --as alice --filter acct:Visa --format json --password-stdin | python3 -c 'import json,sys; print(",".join(t["id"] for t in json.load(sys.stdin)))')
echo alice-fixture-pw8 | $F --data $D reconcile Visa --balance -87.50 --date 2026-11-25 --mark-cleared "$VISA" --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D account close "Old Wallet" --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D budget set Groceries 2026-10 400.00 --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D budget set Dining 2026-11 120.50 --as alice --password-stdin
echo bob-fixture-pw8 | $F --data $D budget set Transport 2026-11 60 --as bob --password-stdin
$F --data $D rates import ../../rates/hist-90d.xml
echo alice-fixture-pw8 | $F --data $D user key add "$(cat $C/key.pub)" --as alice --password-stdin
B=../../bank
echo alice-fixture-pw8 | $F --data $D import $B/de-sparkasse.csv --account Main --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D import $B/ofx1-bank.ofx --account Savings --as alice --password-stdin
UNDO=$(echo bob-fixture-pw8 | $F --data $D import $B/fr-banque.csv --as bob --password-stdin 2>&1 | sed -n 's/.*this is import \([0-9]*\).*/\1/p')
echo bob-fixture-pw8 | $F --data $D import undo "$UNDO" --as bob --password-stdin
echo bob-fixture-pw8 | $F --data $D import $B/fr-banque.csv --as bob --password-stdin
echo alice-fixture-pw8 | $F --data $D rules add --match rewe --word --category Groceries --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D rules add --match 'netfli?x' --field payee --regex --category Entertainment --tags subscription --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D rules add --match shell --min 20 --category Transport --account Main --at 1 --as alice --password-stdin
echo bob-fixture-pw8 | $F --data $D rules add --match boulangerie --category Groceries --as bob --password-stdin
echo alice-fixture-pw8 | $F --data $D import $B/de-sparkasse.csv --detect --save-profile sparkasse --account Main --as alice --password-stdin
echo bob-fixture-pw8 | $F --data $D import $B/fr-banque.csv --detect --save-profile banque --as bob --password-stdin
echo alice-fixture-pw8 | $F --data $D schedule add --name Rent --type expense --amount 950 --category Rent --every month --day 1 --start 2026-09-01 --auto --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D schedule add --name Power --type expense --amount '~80' --category Utilities --every month --day 15 --start 2026-10-15 --weekend after --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D schedule skip Power 2026-10-15 --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D schedule approve Power 2026-11-15 --amount 83.20 --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D schedule add --name Saving --type transfer --to Savings --amount 200 --every week --interval 2 --weekday fri --start 2026-12-04 --count 10 --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D account warn Main --below 100 --as alice --password-stdin
echo bob-fixture-pw8 | $F --data $D schedule add --name Bus --type expense --amount 49 --category Transport --every month --day last --start 2026-12-31 --auto --as bob --password-stdin
echo alice-fixture-pw8 | $F --data $D budget set Groceries 2026-10 400.00 --rollover --as alice --password-stdin
echo alice-fixture-pw8 | $F --data $D budget set Dining 2026-11 120.50 --rollover --overspending carry --as alice --password-stdin
echo bob-fixture-pw8 | $F --data $D budget set Transport 2026-11 60 --rollover --as bob --password-stdin
echo carol-fixture-pw8 | $F --data $D export --as carol --password-stdin --out backup.json
