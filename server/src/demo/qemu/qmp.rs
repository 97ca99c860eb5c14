//! QEMU's machine protocol (QMP): JSON objects, one per line, on the VM's unix socket. QEMU greets
//! first; the client must send `qmp_capabilities` before any command; every command is answered
//! by `{"return": ...}` or `{"error": {"class", "desc"}}`, and asynchronous `{"event": ...}` lines
//! may come in between (they are skipped here: the demo asks for the state instead of
//! following events, so a missed event cannot leave it wrong).

use serde_json::{Value, json};
use std::path::Path;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::UnixStream;
use tokio::net::unix::{OwnedReadHalf, OwnedWriteHalf};

/// How long one exchange may take before the VM is treated as unreachable.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(5);

/// Why a QMP exchange failed.
#[derive(Debug)]
pub enum QmpError {
    /// The socket could not be reached, closed, or did not answer in time.
    Io(std::io::Error),
    /// QEMU refused the command (`class`, `desc`).
    Refused(String, String),
    /// A line that is not QMP.
    Garbled(String),
}

impl std::fmt::Display for QmpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QmpError::Io(e) => write!(f, "QMP socket: {e}"),
            QmpError::Refused(class, desc) => write!(f, "QEMU refused: {class}: {desc}"),
            QmpError::Garbled(line) => write!(f, "not QMP: {line}"),
        }
    }
}

impl From<std::io::Error> for QmpError {
    fn from(e: std::io::Error) -> Self {
        QmpError::Io(e)
    }
}

/// One QMP session, in command mode.
pub struct Qmp {
    reader: BufReader<OwnedReadHalf>,
    writer: OwnedWriteHalf,
}

impl Qmp {
    /// Connects, reads the greeting and enters command mode.
    pub async fn connect(socket: &Path) -> Result<Qmp, QmpError> {
        let stream = UnixStream::connect(socket).await?;
        let (read, writer) = stream.into_split();
        let mut qmp = Qmp {
            reader: BufReader::new(read),
            writer,
        };
        let greeting = qmp.next_line().await?;
        if greeting.get("QMP").is_none() {
            return Err(QmpError::Garbled(greeting.to_string()));
        }
        qmp.execute("qmp_capabilities", None).await?;
        Ok(qmp)
    }

    async fn next_line(&mut self) -> Result<Value, QmpError> {
        let mut line = String::new();
        let read = tokio::time::timeout(ANSWER_TIMEOUT, self.reader.read_line(&mut line))
            .await
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "no answer"))??;
        if read == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "closed").into());
        }
        serde_json::from_str(&line).map_err(|_| QmpError::Garbled(line.trim().to_string()))
    }

    /// Runs `command` (with `arguments`) and answers its `return`.
    pub async fn execute(
        &mut self,
        command: &str,
        arguments: Option<Value>,
    ) -> Result<Value, QmpError> {
        let mut request = json!({ "execute": command });
        if let Some(a) = arguments {
            request["arguments"] = a;
        }
        let mut line = request.to_string();
        line.push('\n');
        self.writer.write_all(line.as_bytes()).await?;
        loop {
            let answer = self.next_line().await?;
            if let Some(r) = answer.get("return") {
                return Ok(r.clone());
            }
            if let Some(e) = answer.get("error") {
                let text = |k: &str| e[k].as_str().unwrap_or("").to_string();
                return Err(QmpError::Refused(text("class"), text("desc")));
            }
            if answer.get("event").is_none() {
                return Err(QmpError::Garbled(answer.to_string()));
            }
        }
    }

    /// `query-status`'s `status`: `running`, `paused`, `shutdown` (the guest powered off; the
    /// process is kept by `-no-shutdown`), `prelaunch`, ...
    pub async fn status(&mut self) -> Result<String, QmpError> {
        let r = self.execute("query-status", None).await?;
        r["status"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| QmpError::Garbled(r.to_string()))
    }
}
