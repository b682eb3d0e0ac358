# syntax=docker/dockerfile:1
# Apollo Router with the committed supergraph baked in (as the gateway's image has it); its
# configuration, infra/router/router.yaml, is mounted (Kubernetes: the router-config ConfigMap).
# Build from the repository root:
#   docker build -f infra/deploy/docker/router.Dockerfile -t portal/router .
FROM ghcr.io/apollographql/router:v2.14.0
COPY schema/supergraph.graphql /dist/schema/supergraph.graphql
COPY infra/router/router.yaml /dist/config/router.yaml
USER 1000:1000
EXPOSE 4000 8088
HEALTHCHECK NONE
CMD ["--config", "/dist/config/router.yaml", "--supergraph", "/dist/schema/supergraph.graphql"]
