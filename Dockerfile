# Build stage: compile and package the service with the Maven wrapper.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests && cp target/mrf-sampler-*.jar /src/app.jar

# Runtime stage: a JRE and the jar, run as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system mrf && useradd --system --gid mrf --home-dir /app mrf \
    && mkdir -p /app/data && chown -R mrf:mrf /app
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
USER mrf
EXPOSE 8080
# The embedded H2 database lives in /app/data unless SPRING_DATASOURCE_URL points elsewhere.
VOLUME /app/data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
