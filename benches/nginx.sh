# Sourced by the benchmark scripts: starts nginx on a free port of 127.0.0.1 serving "$work/www"
# (extra `location` lines in $NGINX_LOCATIONS), sets $port and arranges nothing else; the
# caller's cleanup kills "$work/nginx.pid". With $NGINX_LOG set, every request is logged there
# as "path body_bytes_sent" (for counting the bytes a download cost the server).
start_nginx() {
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  cat > "$work/nginx.conf" <<CONF
worker_processes ${NGINX_WORKERS:-1};
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
  log_format sent '\$uri \$body_bytes_sent';
  access_log ${NGINX_LOG:-off}${NGINX_LOG:+ sent};
  sendfile on;
  tcp_nopush on;
  keepalive_requests 10000;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work;
  uwsgi_temp_path $work; scgi_temp_path $work;
  server {
    listen 127.0.0.1:$port;
    root $work/www;
    ${NGINX_LOCATIONS:-}
  }
}
CONF
  nginx -c "$work/nginx.conf" -p "$work"
}
