# The evigraph app (API + built web page); Neo4j runs in its own service.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
EXPOSE 4000
CMD ["npx", "tsx", "server/src/main.ts"]
