#!/usr/bin/env bash
# Mutation checks of the fleet model (issue 15; docs/RELIABILITY.md): each mutation below is a
# mistake someone could make; the engine's tests must catch every one. Run from the work tree
# root on a clean checkout of crates/engine/src and crates/reference-model/src:
#
#   docs/mutation-checks.sh            # all of them
#   docs/mutation-checks.sh a c-power  # some
#
# Each is applied with sed, the engine's tests run (about a minute each), the files are
# restored, and the tests that failed are printed. "SURVIVED" means no test caught it: a hole.
set -u
cd "$(dirname "$0")/.."
fast=crates/engine/src/fleet/operations.rs
plain=crates/reference-model/src/operations.rs
precision=crates/engine/src/fleet/precision.rs
plain_precision=crates/reference-model/src/precision.rs

mutate() {
  case "$1" in
    # (a) Hosting charged on owned instead of powered GPUs, in both implementations at once.
    a)
      sed -i 's/i128::from(powered) \* self.hosting_per_gpu/i128::from(units_owned) * self.hosting_per_gpu/' "$fast"
      sed -i 's/round_cents(powered \* sku.kw_per_gpu \* facility_rate)/round_cents(Decimal::from(units_owned) * sku.kw_per_gpu * facility_rate)/' "$plain" ;;
    # (b) The hosting rate not rounded to model precision before the run, in both. (The fast
    # model's integers round it again, so there only the reference goes wrong.)
    b)
      sed -i 's/^    at_rate_precision(costs.facility.per_kw_month_mut());$/    \/\/ mutated: not rounded/' "$precision"
      sed -i 's/^    six(costs.facility.per_kw_month_mut());$/    \/\/ mutated: not rounded/' "$plain_precision" ;;
    # (c) One line item changed in the fast code alone.
    c-other)
      sed -i 's/times_rate(powered, self.other_per_gpu)/times_rate(i64::from(units_owned), self.other_per_gpu)/' "$fast" ;;
    c-hosting)
      sed -i 's/i128::from(powered) \* self.hosting_per_gpu/i128::from(units_owned) * self.hosting_per_gpu/' "$fast" ;;
    c-maintenance)
      sed -i 's/let units = i64::from(units_owned);/let units = i64::from(units_powered);/' "$fast" ;;
    c-power)
      sed -i 's/self.market.electricity_millionths\[t\]/self.market.electricity_millionths[0]/' "$fast" ;;
    *) echo "unknown mutation $1"; return 1 ;;
  esac
}

all=(a b c-other c-hosting c-maintenance c-power)
status=0
for m in "${@:-${all[@]}}"; do
  mutate "$m" || { status=1; continue; }
  if git diff --quiet -- "$fast" "$plain" "$precision" "$plain_precision"; then
    echo "$m: the mutation no longer applies (the code moved): update this script"
    status=1
    continue
  fi
  failed=$(cargo test -p fleet-ledger-engine -p fleet-ledger-reference-model --no-fail-fast 2>&1 | grep -E '^test .* FAILED$' | sed 's/^test //; s/ [.][.][.] FAILED$//' | sort -u)
  git checkout -q -- "$fast" "$plain" "$precision" "$plain_precision"
  if [ -z "$failed" ]; then
    echo "$m: SURVIVED"
    status=1
  else
    echo "$m: caught by"; echo "$failed" | sed 's/^/  /'
  fi
done
exit $status
