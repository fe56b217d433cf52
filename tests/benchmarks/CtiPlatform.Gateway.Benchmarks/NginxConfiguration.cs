namespace CtiPlatform.Gateway.Benchmarks;

/// <summary>
/// nginx as the gateway's equivalent: pooled keep-alive connections upstream, no buffering either way (the
/// gateway streams), the same forwarded and security headers, the same body limit and timeout. It cannot
/// validate the JWT (open-source nginx has no JWT module), which the gateway does on every request.
/// </summary>
internal static class NginxConfiguration
{
    public const string PidFile = "nginx.pid";

    public static string For(string directory, int port, int servicePort) => $$"""
        worker_processes auto;
        pid {{directory}}/{{PidFile}};
        error_log {{directory}}/error.log warn;
        events { worker_connections 4096; }
        http {
          access_log off;
          server_tokens off;
          client_body_temp_path {{directory}}/client_body;
          proxy_temp_path {{directory}}/proxy;
          fastcgi_temp_path {{directory}}/fastcgi;
          uwsgi_temp_path {{directory}}/uwsgi;
          scgi_temp_path {{directory}}/scgi;
          upstream service {
            server 127.0.0.1:{{servicePort}};
            keepalive 64;
          }
          server {
            listen 127.0.0.1:{{port}};
            client_max_body_size 1m;
            location /api/bench {
              proxy_pass http://service;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header X-Forwarded-For $remote_addr;
              proxy_set_header X-Forwarded-Proto $scheme;
              proxy_set_header X-Forwarded-Host $http_host;
              proxy_buffering off;
              proxy_request_buffering off;
              proxy_read_timeout 30s;
              proxy_hide_header Server;
              add_header X-Content-Type-Options nosniff always;
              add_header X-Frame-Options DENY always;
              add_header Referrer-Policy no-referrer always;
              add_header Content-Security-Policy "default-src 'none'; frame-ancestors 'none'" always;
              add_header Cross-Origin-Opener-Policy same-origin always;
            }
          }
        }
        """;
}
