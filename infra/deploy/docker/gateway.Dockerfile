# syntax=docker/dockerfile:1
# The gateway (port 4000): Apollo Gateway on the committed supergraph, serving the web client. Build from the repository root:
#   docker build -f infra/deploy/docker/gateway.Dockerfile -t portal/gateway .
ARG NODE_IMAGE=node:24-bookworm-slim

# Every workspace's package.json: npm ci checks the lock file against all of them.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY services/platform/package.json services/platform/
COPY services/identity/package.json services/identity/
COPY services/devices/package.json services/devices/
COPY services/service-orders/package.json services/service-orders/
COPY services/meter-readings/package.json services/meter-readings/
COPY services/toner/package.json services/toner/
COPY services/knowledge/package.json services/knowledge/
COPY gateway/package.json gateway/
COPY schema/package.json schema/
COPY client/package.json client/
COPY packages/devkit/package.json packages/devkit/
COPY packages/event-contracts/package.json packages/event-contracts/
COPY packages/testkit/package.json packages/testkit/
COPY tests/system/package.json tests/system/

FROM manifests AS build
COPY turbo.json tsconfig.base.json tsconfig.build.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
# Turbo builds what the tests' devDependencies name too (@portal/devkit): built here, never
# copied into the runtime stage.
COPY packages/devkit packages/devkit
COPY services/platform services/platform
COPY gateway gateway
COPY schema schema
COPY client client
RUN npx turbo run build --filter=@portal/gateway... --filter=@portal/client

# Production dependencies of this workspace only (and of the workspaces it depends on): no
# embedded PostgreSQL, no SMTP server (development dependencies of @portal/devkit). npm still
# links the development-only workspaces the tests name (their manifests only): removed.
FROM manifests AS deps
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts --workspace=@portal/gateway \
  && npm cache clean --force \
  && rm -rf packages/devkit packages/testkit node_modules/@portal/devkit node_modules/@portal/testkit

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production PORTAL_MODE=production GATEWAY_HOST=0.0.0.0
WORKDIR /app
# Owned by root and read-only for the process: it writes nothing but logs to stdout.
COPY --from=deps /app ./
COPY --from=build /app/services/platform/dist services/platform/dist
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/schema/supergraph.graphql schema/supergraph.graphql
COPY --from=build /app/client/dist client/dist
# The partner guide and schema changelog the gateway serves at /docs.
COPY docs/partner-api docs/partner-api
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The V8 flags `npm start` gives the gateway (GATEWAY_V8_FLAGS, docs/benchmarks.md): V8's defaults
# on a host with much memory let each process hold several times what it uses.
CMD ["node", "--max-semi-space-size=16", "--heap-growing-percent=30", "gateway/dist/main.js"]
