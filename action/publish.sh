#!/usr/bin/env bash
# The scheduled job's work in a blog's checkout, run by action.yml (and end to end by test/e2e/action.test.ts):
# the day's post, on the first of a month the previous month's summary, one commit of the posts and data
# folders when they changed, a push that survives a race with another commit, and one start of the blog's
# deploy workflow per push: a push made with the job's own GITHUB_TOKEN starts no other workflow.
#
# Inputs arrive as environment variables, never spliced into the code (script injection):
#   INPUT_DATE             YYYY-MM-DD, "today" or "yesterday" (UTC); empty means today
#   INPUT_TOP              papers per post; empty: the config's or hfdigest's default
#   INPUT_POSTS_DIR        default _posts
#   INPUT_DATA_DIR         default _data/papers
#   INPUT_CONFIG           hfdigest JSON config file; empty: none
#   INPUT_DEPLOY_WORKFLOW  workflow to start after a push (`gh workflow run`); empty: none
# and what hfdigest and gh read themselves: HF_TOKEN, HFDIGEST_CACHE_DIR, GH_TOKEN, GH_REPO.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# hfdigest as built from this checkout, never a package name from a registry.
hfdigest() { node "$here/../bin/hfdigest.js" "$@"; }

posts_dir=${INPUT_POSTS_DIR:-_posts}
data_dir=${INPUT_DATA_DIR:-_data/papers}
deploy=${INPUT_DEPLOY_WORKFLOW:-}
config=()
if [[ -n ${INPUT_CONFIG:-} ]]; then config=(--config "$INPUT_CONFIG"); fi

# One day for the whole run, so that fetch and the monthly decision agree across midnight UTC.
date_input=$(printf '%s' "${INPUT_DATE:-}" | tr -d '[:space:]')
case $date_input in
  '' | today) day=$(date -u +%F) ;;
  yesterday) day=$(node -p 'new Date(Date.now() - 86400000).toISOString().slice(0, 10)') ;;
  *) day=$date_input ;;
esac

fetch_args=(--date "$day" --posts-dir "$posts_dir" --data-dir "$data_dir" "${config[@]}")
if [[ -n ${INPUT_TOP:-} ]]; then fetch_args+=(--top "$INPUT_TOP"); fi
hfdigest fetch "${fetch_args[@]}"

# The month before `day` when `day` is the first of a month, else nothing.
previous_month_on_the_first() {
  [[ $1 =~ ^([0-9]{4})-([0-9]{2})-01$ ]] || return 0
  local year=$((10#${BASH_REMATCH[1]})) month=$((10#${BASH_REMATCH[2]}))
  if ((month == 1)); then printf '%04d-12\n' $((year - 1)); else printf '%04d-%02d\n' "$year" $((month - 1)); fi
}

status=0
month=$(previous_month_on_the_first "$day")
if [[ -n $month ]]; then
  shopt -s nullglob
  month_files=("$data_dir"/daily-"$month"-[0-3][0-9].json)
  shopt -u nullglob
  if ((${#month_files[@]} == 0)); then
    echo "no daily data files for $month in $data_dir: no monthly summary"
  elif ! hfdigest monthly --month "$month" --posts-dir "$posts_dir" --data-dir "$data_dir" "${config[@]}"; then
    # The day's post is still committed below; the job fails at the end so that someone looks.
    echo "::error::hfdigest monthly --month $month failed; the day's post is committed without it"
    status=1
  fi
fi

paths=()
for dir in "$posts_dir" "$data_dir"; do
  if [[ -e $dir ]]; then paths+=("$dir"); fi
done
if ((${#paths[@]} > 0)); then git add -A -- "${paths[@]}"; fi
if ((${#paths[@]} == 0)) || git diff --cached --quiet -- "${paths[@]}"; then
  echo "no change in ${posts_dir} or ${data_dir}: nothing to commit, nothing to deploy"
  exit "$status"
fi

branch=$(git symbolic-ref --quiet --short HEAD) || {
  echo "::error::the checkout is not on a branch (detached HEAD): nothing to push to"
  exit 1
}
git config user.name >/dev/null || git config user.name 'github-actions[bot]'
git config user.email >/dev/null || git config user.email '41898282+github-actions[bot]@users.noreply.github.com'
# --only these paths: whatever else an earlier step of the job left staged is not ours to commit.
git commit --quiet -m "Daily papers $day" -- "${paths[@]}"

# Another commit may land on the branch at any time (a hand edit, a second job): rebase onto it and try
# again, a few times, rather than fail for good.
attempts=5
pushed=
for ((attempt = 1; attempt <= attempts; attempt++)); do
  if git pull --rebase --autostash --quiet origin "$branch" && git push --quiet origin "HEAD:$branch"; then
    pushed=1
    break
  fi
  git rebase --abort 2>/dev/null || true
  echo "::warning::push to $branch failed (attempt $attempt of $attempts)"
  if ((attempt < attempts)); then sleep "$attempt"; fi
done
if [[ -z $pushed ]]; then
  echo "::error::could not push to $branch after $attempts attempts"
  exit 1
fi
echo "pushed $(git rev-parse --short HEAD) to $branch"

if [[ -n $deploy ]]; then
  if ! gh workflow run "$deploy" --ref "$branch"; then
    echo "::error::could not start $deploy: it must exist in .github/workflows/ with 'on: workflow_dispatch', and this job needs 'permissions: actions: write'"
    exit 1
  fi
  echo "started $deploy on $branch"
fi
exit "$status"
