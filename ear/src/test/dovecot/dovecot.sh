#!/usr/bin/env bash
# A throwaway Dovecot IMAP server for the benchmarks (mvn verify -Pbenchmark), a production-grade
# server beside the tests' GreenMail: Debian's dovecot-imapd (apt-get install -y dovecot-imapd),
# none of the machine's own configuration or mail, everything under DIR.
#
#   dovecot.sh start DIR PORT   writes DIR/dovecot.conf and starts Dovecot on 127.0.0.1:PORT;
#                               any user signs in with any password, mail in DIR/mail/<user>/ (maildir)
#   dovecot.sh stop DIR         stops it
set -euo pipefail

action=${1:?start or stop}
dir=${2:?directory}
dovecot=/usr/sbin/dovecot

if [ ! -x "$dovecot" ]; then
    echo "Dovecot is missing: apt-get install -y dovecot-imapd" >&2
    exit 1
fi

case "$action" in
start)
    port=${3:?port}
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    # a server left behind by an interrupted run
    if [ -f "$dir/run/master.pid" ]; then
        "$dovecot" -c "$dir/dovecot.conf" stop || true
    fi
    rm -rf "$dir/run" "$dir/state" "$dir/mail" "$dir/dovecot.log" "$dir/startup.log"
    mkdir -p "$dir/run" "$dir/state" "$dir/mail"
    # Dovecot reads mail as anyone but root: run as root, it drops to Debian's own users for its
    # own processes and to nobody for the mail (which the benchmarks, as root, can still write
    # into); run as anyone else, everything is that user's.
    if [ "$(id -u)" -eq 0 ]; then
        users=""
        mail_uid=$(id -u nobody)
        mail_gid=$(id -g nobody)
        chown "$mail_uid:$mail_gid" "$dir/mail"
    else
        users="default_login_user = $(id -un)
default_internal_user = $(id -un)"
        mail_uid=$(id -u)
        mail_gid=$(id -g)
    fi
    cat >"$dir/dovecot.conf" <<EOF
protocols = imap
listen = 127.0.0.1
instance_name = focalpoint-benchmark-$port
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
$users
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 0
mail_location = maildir:$dir/mail/%u
passdb {
  driver = static
  args = nopassword=y
}
userdb {
  driver = static
  args = uid=$mail_uid gid=$mail_gid home=$dir/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
EOF
    # the daemon must not keep the caller's output open: Maven waits for it to close
    if ! "$dovecot" -c "$dir/dovecot.conf" </dev/null >"$dir/startup.log" 2>&1; then
        cat "$dir/startup.log" >&2
        exit 1
    fi
    # listening once the login process's socket accepts connections
    for _ in $(seq 1 50); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            exit 0
        fi
        sleep 0.1
    done
    echo "Dovecot did not listen on 127.0.0.1:$port; see $dir/dovecot.log" >&2
    exit 1
    ;;
stop)
    if [ -f "$dir/run/master.pid" ]; then
        "$dovecot" -c "$dir/dovecot.conf" stop </dev/null >/dev/null
    fi
    ;;
*)
    echo "start or stop" >&2
    exit 2
    ;;
esac
