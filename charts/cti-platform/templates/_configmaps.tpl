{{/*
The ConfigMaps' data, defined once so that each Deployment's checksum covers exactly the configuration it reads:
the shared data and its own (docs/decisions/113-each-deployment-rolls-on-its-own-changes.md). The municipalities are
not in either: they are a mounted file the services reload, so adding one restarts nothing.
*/}}

{{/* Directory the tenants ConfigMap is mounted at; a directory, not a subPath, so the kubelet updates the file. */}}
{{- define "cti.tenantsDirectory" -}}
/etc/cti/tenants
{{- end }}

{{- define "cti.sharedConfigData" -}}
ASPNETCORE_ENVIRONMENT: {{ .Values.config.environment | quote }}
ASPNETCORE_HTTP_PORTS: "8080"
JwtOptions__Issuer: {{ .Values.config.jwt.issuer | quote }}
JwtOptions__Audience: {{ .Values.config.jwt.audience | quote }}
JwtOptions__Authority: {{ include "cti.jwtAuthority" . | quote }}
{{- with .Values.config.otlpEndpoint }}
OTEL_EXPORTER_OTLP_ENDPOINT: {{ . | quote }}
{{- end }}
TenantsFile: {{ printf "%s/tenants.json" (include "cti.tenantsDirectory" .) | quote }}
# The kubelet swaps a mounted ConfigMap by replacing a symbolic link, which file-system events on the file miss.
DOTNET_USE_POLLING_FILE_WATCHER: "true"
{{- range $key, $value := .Values.config.extraEnv }}
{{ $key }}: {{ $value | toString | quote }}
{{- end }}
{{- end }}

{{/* The TenantOptions section as the services' JSON configuration file. */}}
{{- define "cti.tenantsJson" -}}
{{- $tenants := list }}
{{- range .Values.tenants }}
{{- $tenants = append $tenants (dict "Id" .id "Name" .name) }}
{{- end }}
{{- dict "TenantOptions" (dict "Tenants" $tenants) | toPrettyJson }}
{{- end }}

{{/* One service's own data. Context: dict root/name/svc. */}}
{{- define "cti.serviceConfigData" -}}
{{- $root := .root }}
{{- $services := (include "cti.enabledServices" $root | fromYaml).items }}
OTEL_SERVICE_NAME: {{ .name | quote }}
{{- if .svc.encryption }}
{{- if not (has $root.Values.encryption.currentKeyId $root.Values.encryption.keyIds) }}
{{- fail "encryption.currentKeyId must be one of encryption.keyIds" }}
{{- end }}
PersistenceOptions__CurrentKeyId: {{ $root.Values.encryption.currentKeyId | quote }}
{{- end }}
{{- if .svc.contactMatching }}
{{- if not (has $root.Values.contactMatching.currentKeyId $root.Values.contactMatching.keyIds) }}
{{- fail "contactMatching.currentKeyId must be one of contactMatching.keyIds" }}
{{- end }}
ContactMatchingOptions__CurrentKeyId: {{ $root.Values.contactMatching.currentKeyId | quote }}
{{- end }}
{{- if eq .name "gateway" }}
{{- range $i, $network := $root.Values.trustedProxies }}
GatewayOptions__TrustedProxies__{{ $i }}: {{ $network | quote }}
{{- end }}
{{- /* Routes follow the enabled services map, so enabling a service also publishes it through the gateway. */}}
{{- range $target := $services }}
{{- if $target.svc.pathPrefix }}
GatewayOptions__Routes__{{ $target.name }}__PathPrefix: {{ $target.svc.pathPrefix | quote }}
GatewayOptions__Routes__{{ $target.name }}__Destinations__0: {{ printf "http://%s:8080" (include "cti.serviceFullname" (dict "root" $root "name" $target.name)) | quote }}
{{- /* Unset settings are left out, so the gateway's own defaults apply. */}}
{{- with $target.svc.gatewayRoute.openApiPath }}
GatewayOptions__Routes__{{ $target.name }}__OpenApiPath: {{ . | quote }}
{{- end }}
{{- with $target.svc.gatewayRoute.rateLimitPolicy }}
GatewayOptions__Routes__{{ $target.name }}__RateLimitPolicy: {{ . | quote }}
{{- end }}
{{- with $target.svc.gatewayRoute.timeout }}
GatewayOptions__Routes__{{ $target.name }}__Timeout: {{ . | quote }}
{{- end }}
{{- with $target.svc.gatewayRoute.maxRequestBodySize }}
GatewayOptions__Routes__{{ $target.name }}__MaxRequestBodySize: {{ int64 . | toString | quote }}
{{- end }}
{{- if $target.svc.gatewayRoute.allowAnonymous }}
GatewayOptions__Routes__{{ $target.name }}__AllowAnonymous: "true"
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- if .svc.oidcClient }}
{{- /* The web app (decision 805): its identity provider, the gateway it calls the services through, where users reach it. */}}
OidcOptions__Authority: {{ $root.Values.config.oidc.authority | default (include "cti.jwtAuthority" $root) | quote }}
OidcOptions__ClientId: {{ $root.Values.config.oidc.clientId | quote }}
{{- range $i, $scope := $root.Values.config.oidc.scopes }}
OidcOptions__Scopes__{{ $i }}: {{ $scope | quote }}
{{- end }}
WebOptions__GatewayAddress: {{ printf "http://%s:8080" (include "cti.serviceFullname" (dict "root" $root "name" "gateway")) | quote }}
WebOptions__PublicOrigin: {{ include "cti.publicOrigin" $root | quote }}
{{- end }}
{{- range $key, $value := .svc.env }}
{{ $key }}: {{ $value | toString | quote }}
{{- end }}
{{- end }}

{{/* checksum/config of a service's pods: the shared ConfigMap's data and its own. Context: dict root/name/svc. */}}
{{- define "cti.configChecksum" -}}
{{- print (include "cti.sharedConfigData" .root) "\n---\n" (include "cti.serviceConfigData" .) | sha256sum }}
{{- end }}

{{/*
checksum/secrets of a service's pods: the values of exactly the Secret keys its Deployment reads. Chart-rendered
Secrets are hashed from the values; existing ones are looked up in the cluster at install or upgrade (`helm template`
sees none, so offline renderings hash the names only), so `helm upgrade` after rotating one rolls the services
reading it and no other. Context: dict root/name/svc.
*/}}
{{- define "cti.secretChecksum" -}}
{{- $root := .root }}
{{- $refs := list }}
{{- if .svc.database.enabled }}
{{- $db := index $root.Values.secrets.databases .name | default dict }}
{{- $refs = append $refs (list (include "cti.databaseSecretName" .) .svc.database.keys.connectionString $db.connectionString) }}
{{- end }}
{{- if .svc.rabbitmq }}
{{- $refs = append $refs (list (include "cti.sharedSecretName" $root) (include "cti.rabbitmqSecretKey" .) (index $root.Values.secrets.rabbitmqConnectionStrings .name)) }}
{{- end }}
{{- if .svc.encryption }}
{{- range $keyId := $root.Values.encryption.keyIds }}
{{- $refs = append $refs (list (include "cti.sharedSecretName" $root) (printf "%s%s" $root.Values.secrets.keys.encryptionKeyPrefix $keyId) (index $root.Values.secrets.encryptionKeys $keyId)) }}
{{- end }}
{{- end }}
{{- if .svc.contactMatching }}
{{- range $keyId := $root.Values.contactMatching.keyIds }}
{{- $refs = append $refs (list (include "cti.sharedSecretName" $root) (printf "%s%s" $root.Values.secrets.keys.contactMatchingKeyPrefix $keyId) (index $root.Values.secrets.contactMatchingKeys $keyId)) }}
{{- end }}
{{- end }}
{{- if .svc.oidcClient }}
{{- $refs = append $refs (list (include "cti.sharedSecretName" $root) $root.Values.secrets.keys.oidcClientSecret $root.Values.secrets.oidcClientSecret) }}
{{- end }}
{{- $parts := list }}
{{- range $ref := $refs }}
{{- $value := "" }}
{{- if $root.Values.secrets.create }}
{{- $value = index $ref 2 | default "" | toString }}
{{- else }}
{{- $existing := lookup "v1" "Secret" $root.Release.Namespace (index $ref 0) | default dict }}
{{- $value = dig "data" (index $ref 1) "" $existing }}
{{- end }}
{{- $parts = append $parts (printf "%s/%s=%s" (index $ref 0) (index $ref 1) ($value | sha256sum)) }}
{{- end }}
{{- join "\n" $parts | sha256sum }}
{{- end }}
