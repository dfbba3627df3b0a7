# Chalkpress: Payara Micro running the Chalkpress war. Build: docker build -t chalkpress .
# Run:   docker run -p 8080:8080 -v chalkpress-data:/var/lib/chalkpress chalkpress
# Demo:  docker run -p 8080:8080 -e CHALKPRESS_DEMO=true chalkpress

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
# Dependencies (and the Payara Micro runtime) in their own layer, so code changes rebuild quickly.
RUN mvn -B -q -ntp dependency:go-offline generate-resources
COPY db db
COPY themes themes
COPY src src
COPY bin bin
RUN mvn -B -q -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /opt/chalkpress --shell /usr/sbin/nologin chalkpress \
 && mkdir -p /var/lib/chalkpress /opt/chalkpress \
 && chown chalkpress:chalkpress /var/lib/chalkpress /opt/chalkpress
WORKDIR /opt/chalkpress
COPY --from=build /src/target/payara-micro.jar /src/target/chalkpress.war ./
COPY --from=build /src/themes ./themes
COPY --from=build /src/bin/serve ./bin/serve
# The face detector's native OpenCV libraries are unpacked from the war at start; the non-root user's home is
# read-only, so JavaCPP's cache goes to /tmp. bin/serve adds its start-up flags to these.
ENV CHALKPRESS_DATA_DIR=/var/lib/chalkpress \
    CHALKPRESS_THEMES_DIR=/opt/chalkpress/themes \
    JAVA_OPTS="-Xmx512m -Xss512k -XX:MetaspaceSize=160m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC -Djava.security.egd=file:/dev/./urandom -XX:+ExitOnOutOfMemoryError -Dorg.bytedeco.javacpp.cachedir=/tmp/javacpp"
VOLUME ["/var/lib/chalkpress"]
USER chalkpress
# Unpacks Payara, deploys the war and records the class-data-sharing archive now, so that a container is ready in
# ~15 s instead of ~26 s (bin/serve). Its warm-up starts use a throwaway database, never the volume.
RUN bin/serve --prepare
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["bin/serve", "--port", "8080"]
# 8 request threads (about 4 per core): on a 2-core machine the slowest page views come back 3x sooner than with
# 16 and far sooner than with Payara's default pool (bench/README.md), with room left for requests that wait (link
# checks at publish). Put a reverse proxy that buffers uploads in front (README), so slow clients do not hold
# them. On more cores, give more: e.g. `docker run chalkpress --maxHttpThreads 16 --minHttpThreads 16`.
CMD ["--maxHttpThreads", "8", "--minHttpThreads", "8"]
