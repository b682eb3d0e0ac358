# syntax=docker/dockerfile:1
# Any subgraph, named by build arguments (infra/deploy/docker-compose.yml passes both, from the
# registry of subgraphs, services/platform/src/subgraphs.json). From the repository root:
#   docker build -f infra/deploy/docker/subgraph.Dockerfile \
#     --build-arg SUBGRAPH=devices --build-arg PORT=4002 -t portal/devices .
# Its database is migrated beforehand by the same image: node services/platform/dist/cli/migrate.js devices
ARG NODE_IMAGE=node:24-bookworm-slim

# Every workspace's package.json: npm ci checks the lock file against all of them.
FROM ${NODE_IMAGE} AS manifests
ARG SUBGRAPH
ARG PORT
RUN test -n "$SUBGRAPH" && test -n "$PORT" \
  || { echo 'build with --build-arg SUBGRAPH=<name> --build-arg PORT=<port>' >&2; exit 1; }
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
ARG SUBGRAPH
COPY turbo.json tsconfig.base.json tsconfig.build.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
# Turbo builds what the tests' devDependencies name too (@portal/devkit): built here, never
# copied into the runtime stage.
COPY packages/devkit packages/devkit
COPY services/platform services/platform
COPY packages/event-contracts packages/event-contracts
COPY services/${SUBGRAPH} services/${SUBGRAPH}
RUN npx turbo run build --filter=@portal/${SUBGRAPH}...

# Production dependencies of this workspace only (and of the workspaces it depends on): no
# embedded PostgreSQL, no SMTP server (development dependencies of @portal/devkit). npm still
# links the development-only workspaces the tests name (their manifests only): removed.
FROM manifests AS deps
ARG SUBGRAPH
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts --workspace=@portal/${SUBGRAPH} \
  && npm cache clean --force \
  && rm -rf packages/devkit packages/testkit node_modules/@portal/devkit node_modules/@portal/testkit

FROM ${NODE_IMAGE} AS runtime
ARG SUBGRAPH
ARG PORT
# PROBE_PORT is the health check's alone; the process takes its port from SUBGRAPHS (or <NAME>_PORT).
ENV NODE_ENV=production PORTAL_MODE=production SUBGRAPH_HOST=0.0.0.0 PROBE_PORT=${PORT}
WORKDIR /app
# Owned by root and read-only for the process: it writes nothing but logs to stdout.
COPY --from=deps /app ./
COPY --from=build /app/services/platform/dist services/platform/dist
COPY --from=build /app/packages/event-contracts/dist packages/event-contracts/dist
COPY --from=build /app/services/${SUBGRAPH}/dist services/${SUBGRAPH}/dist
# One entry point whatever the subgraph, so the command below needs no shell.
RUN ln -s services/${SUBGRAPH}/dist/main.js main.js
USER node
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.PROBE_PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "main.js"]
