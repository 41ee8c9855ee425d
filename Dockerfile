# syntax=docker/dockerfile:1
# Multi-stage build: compile the whole workspace, then ship only the API's production
# dependencies plus the built portal (its browser and server builds), CMS and seed data, running as a non-root user.

FROM node:20-bookworm-slim AS build
WORKDIR /src
RUN npm install --global pnpm@12.4.2
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json turbo.json tsconfig.base.json ./
COPY apps/api/package.json apps/api/
COPY apps/portal/package.json apps/portal/
COPY apps/cms/package.json apps/cms/
COPY packages/domain/package.json packages/domain/
COPY packages/web/package.json packages/web/
COPY tests/package.json tests/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm turbo run build --filter=@dualcarbon/api --filter=@dualcarbon/portal --filter=@dualcarbon/cms \
 && pnpm --filter @dualcarbon/api deploy --prod --legacy /out/apps/api \
 && mkdir -p /out/apps/portal /out/apps/cms /out/data \
 && cp -r apps/portal/dist /out/apps/portal/dist \
 && cp -r apps/portal/dist-ssr /out/apps/portal/dist-ssr \
 && cp -r apps/cms/dist /out/apps/cms/dist \
 && cp -r data/seed /out/data/seed \
 && cp pnpm-workspace.yaml /out/

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /out /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Flags as in apps/api/node-flags.json (a spec keeps the two equal).
CMD ["node", "--max-semi-space-size=64", "apps/api/dist/main.js"]
