# One image recipe for every service: docker build --build-arg SERVICE=callback-service .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl ${SERVICE} -am package

FROM eclipse-temurin:17-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 reachback
COPY --from=build /src/${SERVICE}/target/${SERVICE}.jar /app/service.jar
USER reachback
# The sentence encoder's tokenizer unpacks its native library into this cache on first use.
ENV DJL_CACHE_DIR=/tmp/djl
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
