#!/usr/bin/env bash
# A three-node Galera cluster (MariaDB's multi-primary replication, Debian's galera-4) on this machine, for running the
# suite against it (`npm run test:galera`). Each node has its own folder, MySQL port, group-communication port, IST port
# and SST port; the shared MariaDB on 3306 and Galera's default ports (4567/4568/4444) are never used.
#
#   test/galera/cluster.sh start    install the nodes (first time), bootstrap node 1, join 2 and 3, wait for size 3
#   test/galera/cluster.sh stop     stop the nodes cleanly (3, 2, then 1)
#   test/galera/cluster.sh status   each node's wsrep state and the cluster size
#   test/galera/cluster.sh remove   stop, then delete the folder
#
# Settings (environment): GALERA_DIR (default /tmp/minyi-galera-cluster), GALERA_PORT_BASE (default 4500): node N
# listens for clients on BASE+N, for the group on BASE+10+N, for IST on BASE+20+N, for SST on BASE+30+N.
# Needs mariadbd, mariadb-install-db, galera-4 (libgalera_smm.so) and rsync (the SST method).
set -euo pipefail

DIR="${GALERA_DIR:-/tmp/minyi-galera-cluster}"
BASE="${GALERA_PORT_BASE:-4500}"
NODES=(1 2 3)
PROVIDER="${GALERA_PROVIDER:-}"
if [ -z "$PROVIDER" ]; then
  for candidate in /usr/lib/galera/libgalera_smm.so /usr/lib/galera-4/libgalera_smm.so /usr/lib64/galera-4/libgalera_smm.so; do
    if [ -f "$candidate" ]; then PROVIDER="$candidate"; break; fi
  done
fi
# As root, the nodes run as mysql (the rsync daemon of an SST, started by the node, would otherwise drop to nobody
# and be refused the joiner's data folder).
if [ "$(id -u)" = 0 ]; then RUN_AS="${GALERA_USER:-mysql}"; else RUN_AS="$(id -un)"; fi
MARIADBD="$(command -v mariadbd || echo /usr/sbin/mariadbd)"
CLIENT="$(command -v mariadb || command -v mysql)"

client_port() { echo $((BASE + $1)); }
group_port() { echo $((BASE + 10 + $1)); }
ist_port() { echo $((BASE + 20 + $1)); }
sst_port() { echo $((BASE + 30 + $1)); }
node_dir() { echo "$DIR/node$1"; }
sql() { "$CLIENT" --no-defaults -uroot -S "$(node_dir "$1")/mariadb.sock" -N -B -e "$2"; }
status_var() { sql "$1" "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | cut -f2; }
pid_of() { cat "$(node_dir "$1")/mariadb.pid" 2>/dev/null || true; }
running() { local pid; pid="$(pid_of "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

require() {
  [ -x "$MARIADBD" ] || { echo "galera: mariadbd not found (apt-get install mariadb-server)" >&2; exit 2; }
  [ -n "$PROVIDER" ] || { echo "galera: libgalera_smm.so not found (apt-get install galera-4)" >&2; exit 2; }
  command -v rsync >/dev/null || { echo "galera: rsync not found (apt-get install rsync): it is the SST method" >&2; exit 2; }
  command -v mariadb-install-db >/dev/null || { echo "galera: mariadb-install-db not found" >&2; exit 2; }
}

write_config() {
  local n=$1 d addresses=""
  d="$(node_dir "$n")"
  for m in "${NODES[@]}"; do addresses+="${addresses:+,}127.0.0.1:$(group_port "$m")"; done
  cat >"$d/my.cnf" <<EOF
[mysqld]
datadir=$d/data
port=$(client_port "$n")
socket=$d/mariadb.sock
pid-file=$d/mariadb.pid
log-error=$d/error.log
bind-address=127.0.0.1
user=$RUN_AS
# Not skip-grant-tables: without accounts, CREATE TRIGGER is replicated with DEFINER=`` and the other nodes refuse it
# (1959 Invalid role specification; Galera logs and ignores it): their triggers would be missing. root has no
# password (mariadb-install-db --auth-root-authentication-method=normal) and the nodes listen on 127.0.0.1 only.
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=64M
innodb_log_file_size=48M
# Galera: row-based events, interleaved auto-increment locks, InnoDB only.
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# A commit is durable on the other nodes once certified; each node flushes its log once a second (Galera's usual).
innodb_flush_log_at_trx_commit=2
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=minyi-galera
wsrep_cluster_address=gcomm://$addresses
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1
wsrep_node_incoming_address=127.0.0.1:$(client_port "$n")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(group_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=64M;evs.suspect_timeout=PT10S;evs.inactive_timeout=PT30S"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(sst_port "$n")
# Reads wait until the node has applied every write the cluster had committed when the read began: a write through
# one node followed by a read through another sees it (causal reads).
wsrep_sync_wait=1
wsrep_slave_threads=2
EOF
}

install_node() {
  local n=$1 d
  d="$(node_dir "$n")"
  mkdir -p "$d"
  write_config "$n"
  [ "$(id -u)" = 0 ] && chown "$RUN_AS" "$DIR" "$d"
  if [ ! -d "$d/data/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$d/data" --user="$RUN_AS" --skip-test-db \
      --auth-root-authentication-method=normal >"$d/install.log" 2>&1 ||
      { cat "$d/install.log" >&2; exit 1; }
  fi
}

wait_synced() {
  local n=$1 pid=$2 until=$((SECONDS + ${GALERA_START_TIMEOUT:-180})) state
  while :; do
    state="$(status_var "$n" wsrep_local_state_comment || true)"
    [ "$state" = "Synced" ] && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "galera: node $n exited; the end of its log:" >&2; tail -30 "$(node_dir "$n")/error.log" >&2; exit 1
    fi
    if [ $SECONDS -ge $until ]; then
      echo "galera: node $n not Synced after ${GALERA_START_TIMEOUT:-180} s (state '${state}'):" >&2
      tail -30 "$(node_dir "$n")/error.log" >&2; exit 1
    fi
    sleep 1
  done
}

start_node() {
  local n=$1 d
  d="$(node_dir "$n")"
  if running "$n"; then echo "node $n already running (pid $(pid_of "$n"))"; return; fi
  rm -f "$d/mariadb.pid"
  shift
  # setsid: the node outlives this script and the terminal's signals.
  setsid "$MARIADBD" --defaults-file="$d/my.cnf" "$@" </dev/null >>"$d/stdout.log" 2>&1 &
  wait_synced "$n" $!
  echo "node $n Synced: clients 127.0.0.1:$(client_port "$n"), group $(group_port "$n"), IST $(ist_port "$n"), SST $(sst_port "$n")"
}

start() {
  require
  for n in "${NODES[@]}"; do install_node "$n"; done
  local began=$SECONDS
  if running 1 || running 2 || running 3; then
    for n in "${NODES[@]}"; do start_node "$n"; done
  else
    # The first node founds the cluster (a new primary component); the others join it, one at a time (each takes a
    # state transfer from a donor).
    start_node 1 --wsrep-new-cluster
    start_node 2
    start_node 3
  fi
  local size
  size="$(status_var 1 wsrep_cluster_size)"
  [ "$size" = "${#NODES[@]}" ] || { echo "galera: cluster size $size, expected ${#NODES[@]}" >&2; exit 1; }
  echo "galera cluster up: size $size in $((SECONDS - began)) s ($DIR)"
}

stop_node() {
  local n=$1 pid
  pid="$(pid_of "$n")"
  running "$n" || return 0
  kill -TERM "$pid"
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || { echo "node $n stopped"; return 0; }; sleep 0.5; done
  echo "galera: node $n did not stop within 60 s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
}

stop() {
  # The last to stop is the most advanced: safe_to_bootstrap is set in its grastate.dat for the next start.
  for n in 3 2 1; do stop_node "$n"; done
  # A later `start` founds the cluster anew from node 1, whose state is the newest.
  [ -f "$(node_dir 1)/data/grastate.dat" ] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(node_dir 1)/data/grastate.dat"
  return 0
}

status() {
  for n in "${NODES[@]}"; do
    if running "$n"; then
      echo "node $n: $(status_var "$n" wsrep_local_state_comment), cluster size $(status_var "$n" wsrep_cluster_size), port $(client_port "$n")"
    else
      echo "node $n: stopped"
    fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  remove) stop; rm -rf "$DIR"; echo "removed $DIR" ;;
  *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
