#!/bin/sh
# Makes the format-3 fixture with the build in ../../../../../target (run from this directory).
set -e
F=../../../../../target/finterm
D=store
C=../format1
rm -rf $D backup.json
printf 'carol-fixture-pw3\ncarol-fixture-pw3\n' | $F --data $D init --admin carol --password-stdin
printf 'carol-fixture-pw3\nalice-fixture-pw3\nalice-fixture-pw3\n' | $F --data $D user add alice --as carol --password-stdin
printf 'carol-fixture-pw3\nbob-fixture-pw3\nbob-fixture-pw3\n' | $F --data $D user add bob --as carol --password-stdin
echo alice-fixture-pw3 | $F --data $D account add Savings --type savings --opening 2500.00 --opening-date 2025-01-01 --as alice --password-stdin
echo alice-fixture-pw3 | $F --data $D account add Visa --type credit --opening -120.00 --opening-date 2025-01-01 --as alice --password-stdin
echo alice-fixture-pw3 | $F --data $D account add "US Checking" --currency USD --opening-date 2025-01-01 --as alice --password-stdin
echo alice-fixture-pw3 | $F --data $D account add "Old Wallet" --type cash --opening 40 --opening-date 2025-01-01 --as alice --password-stdin
for u in alice bob carol; do echo "$u-fixture-pw3" | $F --data $D import $C/$u.csv --as $u --password-stdin; done
echo alice-fixture-pw3 | $F --data $D transfer --from Main --to Savings --amount 300 --date 2026-10-01 --description "monthly saving" --as alice --password-stdin
echo alice-fixture-pw3 | $F --data $D transfer --from Main --to Visa --amount 120.00 --date 2026-10-15 --description "card bill" --as alice --password-stdin
echo alice-fixture-pw3 | $F --data $D transfer --from Main --to "US Checking" --amount 100 --to-amount 108.20 --date 2026-11-01 --description "dollars" --as alice --password-stdin
echo alice-fixture-pw3 | $F --data $D add --as alice --account Visa --date 2026-11-20 --type expense --category Dining --amount 23.40 --description "dinner with Ana" --password-stdin
echo alice-fixture-pw3 | $F --data $D add --as alice --account "US Checking" --date 2026-11-02 --type expense --category Dining --amount 41.00 --description "diner in Boston" --password-stdin
echo alice-fixture-pw3 | $F --data $D account close "Old Wallet" --as alice --password-stdin
echo alice-fixture-pw3 | $F --data $D budget set Groceries 2026-10 400.00 --as alice --password-stdin
echo alice-fixture-pw3 | $F --data $D budget set Dining 2026-11 120.50 --as alice --password-stdin
echo bob-fixture-pw3 | $F --data $D budget set Transport 2026-11 60 --as bob --password-stdin
$F --data $D rates import ../../rates/hist-90d.xml
echo alice-fixture-pw3 | $F --data $D user key add "$(cat $C/key.pub)" --as alice --password-stdin
echo carol-fixture-pw3 | $F --data $D export --as carol --password-stdin --out backup.json
