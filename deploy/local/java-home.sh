# Sourced by ./mvnw and deploy/local/dossier: Quarkus 3.34 and Vaadin 25 need Java 21+.
# When JAVA_HOME (or the java on PATH) is older, export JAVA_HOME of the newest JDK >= 21
# found under /usr/lib/jvm.
dossier_java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
dossier_java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$dossier_java" >/dev/null 2>&1 || [ "$(dossier_java_major "$dossier_java")" -lt 21 ] 2>/dev/null; then
  for dossier_jdk in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort -rV); do
    if [ -x "$dossier_jdk/bin/javac" ] && [ "$(dossier_java_major "$dossier_jdk/bin/java")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$dossier_jdk"
      break
    fi
  done
fi
unset dossier_java dossier_jdk
