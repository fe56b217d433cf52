{{/* Chart name, truncated to the DNS label limit. */}}
{{- define "cti.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Prefix of every resource name. */}}
{{- define "cti.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Labels shared by every object of the release. */}}
{{- define "cti.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: {{ include "cti.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Selector labels of every pod of the release (used by the default-deny NetworkPolicy). */}}
{{- define "cti.releaseSelectorLabels" -}}
app.kubernetes.io/part-of: {{ include "cti.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
The per-service templates are called with a dict: root (the chart context), name (the services: key) and
svc (the entry merged over serviceDefaults, see cti.service).
*/}}
{{- define "cti.serviceFullname" -}}
{{- printf "%s-%s" (include "cti.fullname" .root) .name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "cti.serviceSelectorLabels" -}}
{{ include "cti.releaseSelectorLabels" .root }}
app.kubernetes.io/name: {{ .name }}
{{- end }}

{{- define "cti.serviceLabels" -}}
{{ include "cti.labels" .root }}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/component: {{ ternary "gateway" "service" (eq .name "gateway") }}
{{- end }}

{{/* A services: entry deep-merged over serviceDefaults; the entry wins key by key. */}}
{{- define "cti.service" -}}
{{- $defaults := deepCopy .root.Values.serviceDefaults }}
{{- toYaml (mustMergeOverwrite $defaults (deepCopy .svc)) }}
{{- end }}

{{/* Enabled services as a list of {name, svc} dicts, sorted by name so output is stable. */}}
{{- define "cti.enabledServices" -}}
{{- $out := list }}
{{- range $name := keys .Values.services | sortAlpha }}
{{- $svc := index $.Values.services $name }}
{{- if $svc.enabled }}
{{- $merged := include "cti.service" (dict "root" $ "svc" $svc) | fromYaml }}
{{- $out = append $out (dict "name" $name "svc" $merged) }}
{{- end }}
{{- end }}
{{- toYaml (dict "items" $out) }}
{{- end }}

{{- define "cti.image" -}}
{{- $tag := .svc.image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion }}
{{- if .svc.image.digest }}
{{- printf "%s/%s@%s" .root.Values.image.registry .svc.image.repository .svc.image.digest }}
{{- else }}
{{- printf "%s/%s:%s" .root.Values.image.registry .svc.image.repository $tag }}
{{- end }}
{{- end }}

{{/* A service's ServiceAccount: its own when the chart creates them. Context: dict root/name/svc. */}}
{{- define "cti.serviceAccountName" -}}
{{- if .root.Values.serviceAccount.create }}
{{- include "cti.serviceFullname" . }}
{{- else }}
{{- default "default" .root.Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "cti.sharedSecretName" -}}
{{- default (printf "%s-shared" (include "cti.fullname" .)) .Values.secrets.existingSecret }}
{{- end }}

{{/* Secret holding a service's two connection strings (app role and migrations owner role). */}}
{{/* Key of the service's own broker connection string (its own RabbitMQ user) in the shared Secret. Context: dict root/name/svc. */}}
{{- define "cti.rabbitmqSecretKey" -}}
{{- default (printf "%s-rabbitmq-connection-string" .name) .svc.rabbitmqSecretKey }}
{{- end }}

{{- define "cti.databaseSecretName" -}}
{{- default (printf "%s-db" (include "cti.serviceFullname" .)) .svc.database.existingSecret }}
{{- end }}

{{/*
The OIDC issuer the services validate tokens against. The JWT handler appends the metadata path to it, so a
metadata URL here would be fetched as ".../.well-known/openid-configuration/.well-known/openid-configuration" and
every token refused.
*/}}
{{- define "cti.jwtAuthority" -}}
{{- $authority := .Values.config.jwt.authority | trimSuffix "/" }}
{{- if hasSuffix "/.well-known/openid-configuration" $authority }}
{{- fail (printf "config.jwt.authority must be the issuer URL, not its metadata URL: use %s" (trimSuffix "/.well-known/openid-configuration" $authority)) }}
{{- end }}
{{- .Values.config.jwt.authority }}
{{- end }}

{{/* Non-empty when an enabled service is an OIDC client (the web app), which reads the client secret from the shared Secret. */}}
{{- define "cti.anyOidcClient" -}}
{{- range $entry := (include "cti.enabledServices" . | fromYaml).items }}
{{- if $entry.svc.oidcClient }}true{{ end }}
{{- end }}
{{- end }}

{{/* The origin users reach the web app at: config.publicOrigin, else https://<ingress.host>, where TLS terminates. */}}
{{- define "cti.publicOrigin" -}}
{{- .Values.config.publicOrigin | default (printf "https://%s" .Values.ingress.host) }}
{{- end }}

{{/* Labels of a service's migration hook Job and its pod: release-wide (so default-deny binds it) but not the service's selector. */}}
{{- define "cti.migrationLabels" -}}
{{ include "cti.labels" .root }}
app.kubernetes.io/name: {{ .name }}-migrate
app.kubernetes.io/component: migration
{{- end }}

{{- define "cti.migrationSelectorLabels" -}}
{{ include "cti.releaseSelectorLabels" .root }}
app.kubernetes.io/name: {{ .name }}-migrate
{{- end }}

{{/*
Behind an ingress controller or a Gateway API implementation every request reaches the gateway from a proxy: without
its network the gateway takes the proxy for the client (one shared rate-limit budget, no HSTS). Refused, not guessed.
*/}}
{{- define "cti.requireTrustedProxies" -}}
{{- if not .Values.trustedProxies }}
{{- fail "trustedProxies is required when ingress.enabled or httpRoute.enabled: set it to the network (CIDR) of the ingress controller's pods, e.g. --set trustedProxies={10.42.0.0/16}" }}
{{- end }}
{{- if hasKey .Values.services.gateway "env" }}
{{- range $key, $_ := .Values.services.gateway.env }}
{{- if hasPrefix "GatewayOptions__TrustedProxies" $key }}
{{- fail (printf "services.gateway.env.%s: set trustedProxies instead" $key) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/* Where a service's pods (and its migration Job's) may run, from its values. Context: dict root/name/svc. */}}
{{- define "cti.podScheduling" -}}
{{- with .svc.priorityClassName }}
priorityClassName: {{ . | quote }}
{{- end }}
{{- with .svc.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .svc.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .svc.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{/* Selector labels of the release's `helm test` pod: release-wide (so default-deny binds it), no service's name. */}}
{{- define "cti.testSelectorLabels" -}}
{{ include "cti.releaseSelectorLabels" . }}
app.kubernetes.io/component: test
{{- end }}
