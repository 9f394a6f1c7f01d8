import { createRequire as __gantryCreateRequire } from 'node:module'; const require = __gantryCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// builtin-via-require:os
var require_os = __commonJS({
  "builtin-via-require:os"(exports, module) {
    module.exports = __require("os");
  }
});

// builtin-via-require:crypto
var require_crypto = __commonJS({
  "builtin-via-require:crypto"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("crypto");
    module.exports = {
      get "Certificate"() {
        return load()["Certificate"];
      },
      get "Cipheriv"() {
        return load()["Cipheriv"];
      },
      get "Decipheriv"() {
        return load()["Decipheriv"];
      },
      get "DiffieHellman"() {
        return load()["DiffieHellman"];
      },
      get "DiffieHellmanGroup"() {
        return load()["DiffieHellmanGroup"];
      },
      get "ECDH"() {
        return load()["ECDH"];
      },
      get "Hash"() {
        return load()["Hash"];
      },
      get "Hmac"() {
        return load()["Hmac"];
      },
      get "KeyObject"() {
        return load()["KeyObject"];
      },
      get "Sign"() {
        return load()["Sign"];
      },
      get "Verify"() {
        return load()["Verify"];
      },
      get "X509Certificate"() {
        return load()["X509Certificate"];
      },
      get "argon2"() {
        return load()["argon2"];
      },
      get "argon2Sync"() {
        return load()["argon2Sync"];
      },
      get "checkPrime"() {
        return load()["checkPrime"];
      },
      get "checkPrimeSync"() {
        return load()["checkPrimeSync"];
      },
      get "constants"() {
        return load()["constants"];
      },
      get "createCipheriv"() {
        return load()["createCipheriv"];
      },
      get "createDecipheriv"() {
        return load()["createDecipheriv"];
      },
      get "createDiffieHellman"() {
        return load()["createDiffieHellman"];
      },
      get "createDiffieHellmanGroup"() {
        return load()["createDiffieHellmanGroup"];
      },
      get "createECDH"() {
        return load()["createECDH"];
      },
      get "createHash"() {
        return load()["createHash"];
      },
      get "createHmac"() {
        return load()["createHmac"];
      },
      get "createPrivateKey"() {
        return load()["createPrivateKey"];
      },
      get "createPublicKey"() {
        return load()["createPublicKey"];
      },
      get "createSecretKey"() {
        return load()["createSecretKey"];
      },
      get "createSign"() {
        return load()["createSign"];
      },
      get "createVerify"() {
        return load()["createVerify"];
      },
      get "decapsulate"() {
        return load()["decapsulate"];
      },
      get "diffieHellman"() {
        return load()["diffieHellman"];
      },
      get "encapsulate"() {
        return load()["encapsulate"];
      },
      get "generateKey"() {
        return load()["generateKey"];
      },
      get "generateKeyPair"() {
        return load()["generateKeyPair"];
      },
      get "generateKeyPairSync"() {
        return load()["generateKeyPairSync"];
      },
      get "generateKeySync"() {
        return load()["generateKeySync"];
      },
      get "generatePrime"() {
        return load()["generatePrime"];
      },
      get "generatePrimeSync"() {
        return load()["generatePrimeSync"];
      },
      get "getCipherInfo"() {
        return load()["getCipherInfo"];
      },
      get "getCiphers"() {
        return load()["getCiphers"];
      },
      get "getCurves"() {
        return load()["getCurves"];
      },
      get "getDiffieHellman"() {
        return load()["getDiffieHellman"];
      },
      get "getFips"() {
        return load()["getFips"];
      },
      get "getHashes"() {
        return load()["getHashes"];
      },
      get "getRandomValues"() {
        return load()["getRandomValues"];
      },
      get "hash"() {
        return load()["hash"];
      },
      get "hkdf"() {
        return load()["hkdf"];
      },
      get "hkdfSync"() {
        return load()["hkdfSync"];
      },
      get "pbkdf2"() {
        return load()["pbkdf2"];
      },
      get "pbkdf2Sync"() {
        return load()["pbkdf2Sync"];
      },
      get "privateDecrypt"() {
        return load()["privateDecrypt"];
      },
      get "privateEncrypt"() {
        return load()["privateEncrypt"];
      },
      get "publicDecrypt"() {
        return load()["publicDecrypt"];
      },
      get "publicEncrypt"() {
        return load()["publicEncrypt"];
      },
      get "randomBytes"() {
        return load()["randomBytes"];
      },
      get "randomFill"() {
        return load()["randomFill"];
      },
      get "randomFillSync"() {
        return load()["randomFillSync"];
      },
      get "randomInt"() {
        return load()["randomInt"];
      },
      get "randomUUID"() {
        return load()["randomUUID"];
      },
      get "randomUUIDv7"() {
        return load()["randomUUIDv7"];
      },
      get "scrypt"() {
        return load()["scrypt"];
      },
      get "scryptSync"() {
        return load()["scryptSync"];
      },
      get "secureHeapUsed"() {
        return load()["secureHeapUsed"];
      },
      get "setEngine"() {
        return load()["setEngine"];
      },
      get "setFips"() {
        return load()["setFips"];
      },
      get "sign"() {
        return load()["sign"];
      },
      get "subtle"() {
        return load()["subtle"];
      },
      get "timingSafeEqual"() {
        return load()["timingSafeEqual"];
      },
      get "verify"() {
        return load()["verify"];
      },
      get "webcrypto"() {
        return load()["webcrypto"];
      }
    };
  }
});

// builtin-via-require:fs
var require_fs = __commonJS({
  "builtin-via-require:fs"(exports, module) {
    module.exports = __require("fs");
  }
});

// builtin-via-require:path
var require_path = __commonJS({
  "builtin-via-require:path"(exports, module) {
    module.exports = __require("path");
  }
});

// builtin-via-require:http
var require_http = __commonJS({
  "builtin-via-require:http"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("http");
    module.exports = {
      get "Agent"() {
        return load()["Agent"];
      },
      get "ClientRequest"() {
        return load()["ClientRequest"];
      },
      get "CloseEvent"() {
        return load()["CloseEvent"];
      },
      get "IncomingMessage"() {
        return load()["IncomingMessage"];
      },
      get "METHODS"() {
        return load()["METHODS"];
      },
      get "MessageEvent"() {
        return load()["MessageEvent"];
      },
      get "OutgoingMessage"() {
        return load()["OutgoingMessage"];
      },
      get "STATUS_CODES"() {
        return load()["STATUS_CODES"];
      },
      get "Server"() {
        return load()["Server"];
      },
      get "ServerResponse"() {
        return load()["ServerResponse"];
      },
      get "WebSocket"() {
        return load()["WebSocket"];
      },
      get "_connectionListener"() {
        return load()["_connectionListener"];
      },
      get "createServer"() {
        return load()["createServer"];
      },
      get "get"() {
        return load()["get"];
      },
      get "globalAgent"() {
        return load()["globalAgent"];
      },
      get "maxHeaderSize"() {
        return load()["maxHeaderSize"];
      },
      get "request"() {
        return load()["request"];
      },
      get "setGlobalProxyFromEnv"() {
        return load()["setGlobalProxyFromEnv"];
      },
      get "setMaxIdleHTTPParsers"() {
        return load()["setMaxIdleHTTPParsers"];
      },
      get "validateHeaderName"() {
        return load()["validateHeaderName"];
      },
      get "validateHeaderValue"() {
        return load()["validateHeaderValue"];
      }
    };
  }
});

// builtin-via-require:https
var require_https = __commonJS({
  "builtin-via-require:https"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("https");
    module.exports = {
      get "Agent"() {
        return load()["Agent"];
      },
      get "Server"() {
        return load()["Server"];
      },
      get "createServer"() {
        return load()["createServer"];
      },
      get "get"() {
        return load()["get"];
      },
      get "globalAgent"() {
        return load()["globalAgent"];
      },
      get "request"() {
        return load()["request"];
      }
    };
  }
});

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net = __require("net");
    var tls = __require("tls");
    var http3 = __require("http");
    var https3 = __require("https");
    var events2 = __require("events");
    var assert = __require("assert");
    var util = __require("util");
    exports.httpOverHttp = httpOverHttp2;
    exports.httpsOverHttp = httpsOverHttp2;
    exports.httpOverHttps = httpOverHttps2;
    exports.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http3.request;
      return agent;
    }
    function httpsOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http3.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https3.request;
      return agent;
    }
    function httpsOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https3.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http3.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events2.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options.request.emit("error", error2);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug2 = function() {
      };
    }
    exports.debug = debug2;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports, module) {
    module.exports = require_tunnel();
  }
});

// lazy-tunnel:tunnel
var require_tunnel3 = __commonJS({
  "lazy-tunnel:tunnel"(exports, module) {
    var loaded;
    var load = () => loaded ??= require_tunnel2();
    module.exports = {
      get "debug"() {
        return load()["debug"];
      },
      get "httpOverHttp"() {
        return load()["httpOverHttp"];
      },
      get "httpOverHttps"() {
        return load()["httpOverHttps"];
      },
      get "httpsOverHttp"() {
        return load()["httpsOverHttp"];
      },
      get "httpsOverHttps"() {
        return load()["httpsOverHttps"];
      }
    };
  }
});

// builtin-via-require:string_decoder
var require_string_decoder = __commonJS({
  "builtin-via-require:string_decoder"(exports, module) {
    module.exports = __require("string_decoder");
  }
});

// builtin-via-require:events
var require_events = __commonJS({
  "builtin-via-require:events"(exports, module) {
    module.exports = __require("events");
  }
});

// builtin-via-require:child_process
var require_child_process = __commonJS({
  "builtin-via-require:child_process"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("child_process");
    module.exports = {
      get "ChildProcess"() {
        return load()["ChildProcess"];
      },
      get "_forkChild"() {
        return load()["_forkChild"];
      },
      get "exec"() {
        return load()["exec"];
      },
      get "execFile"() {
        return load()["execFile"];
      },
      get "execFileSync"() {
        return load()["execFileSync"];
      },
      get "execSync"() {
        return load()["execSync"];
      },
      get "fork"() {
        return load()["fork"];
      },
      get "spawn"() {
        return load()["spawn"];
      },
      get "spawnSync"() {
        return load()["spawnSync"];
      }
    };
  }
});

// builtin-via-require:assert
var require_assert = __commonJS({
  "builtin-via-require:assert"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("assert");
    module.exports = {
      get "Assert"() {
        return load()["Assert"];
      },
      get "AssertionError"() {
        return load()["AssertionError"];
      },
      get "CallTracker"() {
        return load()["CallTracker"];
      },
      get "deepEqual"() {
        return load()["deepEqual"];
      },
      get "deepStrictEqual"() {
        return load()["deepStrictEqual"];
      },
      get "doesNotMatch"() {
        return load()["doesNotMatch"];
      },
      get "doesNotReject"() {
        return load()["doesNotReject"];
      },
      get "doesNotThrow"() {
        return load()["doesNotThrow"];
      },
      get "equal"() {
        return load()["equal"];
      },
      get "fail"() {
        return load()["fail"];
      },
      get "ifError"() {
        return load()["ifError"];
      },
      get "match"() {
        return load()["match"];
      },
      get "notDeepEqual"() {
        return load()["notDeepEqual"];
      },
      get "notDeepStrictEqual"() {
        return load()["notDeepStrictEqual"];
      },
      get "notEqual"() {
        return load()["notEqual"];
      },
      get "notStrictEqual"() {
        return load()["notStrictEqual"];
      },
      get "ok"() {
        return load()["ok"];
      },
      get "partialDeepStrictEqual"() {
        return load()["partialDeepStrictEqual"];
      },
      get "rejects"() {
        return load()["rejects"];
      },
      get "strict"() {
        return load()["strict"];
      },
      get "strictEqual"() {
        return load()["strictEqual"];
      },
      get "throws"() {
        return load()["throws"];
      }
    };
  }
});

// builtin-via-require:timers
var require_timers = __commonJS({
  "builtin-via-require:timers"(exports, module) {
    module.exports = __require("timers");
  }
});

// builtin-via-require:node:http
var require_node_http = __commonJS({
  "builtin-via-require:node:http"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("node:http");
    module.exports = {
      get "Agent"() {
        return load()["Agent"];
      },
      get "ClientRequest"() {
        return load()["ClientRequest"];
      },
      get "CloseEvent"() {
        return load()["CloseEvent"];
      },
      get "IncomingMessage"() {
        return load()["IncomingMessage"];
      },
      get "METHODS"() {
        return load()["METHODS"];
      },
      get "MessageEvent"() {
        return load()["MessageEvent"];
      },
      get "OutgoingMessage"() {
        return load()["OutgoingMessage"];
      },
      get "STATUS_CODES"() {
        return load()["STATUS_CODES"];
      },
      get "Server"() {
        return load()["Server"];
      },
      get "ServerResponse"() {
        return load()["ServerResponse"];
      },
      get "WebSocket"() {
        return load()["WebSocket"];
      },
      get "_connectionListener"() {
        return load()["_connectionListener"];
      },
      get "createServer"() {
        return load()["createServer"];
      },
      get "get"() {
        return load()["get"];
      },
      get "globalAgent"() {
        return load()["globalAgent"];
      },
      get "maxHeaderSize"() {
        return load()["maxHeaderSize"];
      },
      get "request"() {
        return load()["request"];
      },
      get "setGlobalProxyFromEnv"() {
        return load()["setGlobalProxyFromEnv"];
      },
      get "setMaxIdleHTTPParsers"() {
        return load()["setMaxIdleHTTPParsers"];
      },
      get "validateHeaderName"() {
        return load()["validateHeaderName"];
      },
      get "validateHeaderValue"() {
        return load()["validateHeaderValue"];
      }
    };
  }
});

// builtin-via-require:node:https
var require_node_https = __commonJS({
  "builtin-via-require:node:https"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("node:https");
    module.exports = {
      get "Agent"() {
        return load()["Agent"];
      },
      get "Server"() {
        return load()["Server"];
      },
      get "createServer"() {
        return load()["createServer"];
      },
      get "get"() {
        return load()["get"];
      },
      get "globalAgent"() {
        return load()["globalAgent"];
      },
      get "request"() {
        return load()["request"];
      }
    };
  }
});

// node_modules/@actions/core/lib/command.js
var os = __toESM(require_os(), 1);

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var crypto = __toESM(require_crypto(), 1);
var fs = __toESM(require_fs(), 1);
var os2 = __toESM(require_os(), 1);
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter3 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os2.EOL}${convertedValue}${os2.EOL}${delimiter3}`;
}

// node_modules/@actions/core/lib/core.js
var os5 = __toESM(require_os(), 1);
var path5 = __toESM(require_path(), 1);

// node_modules/@actions/http-client/lib/index.js
var http = __toESM(require_http(), 1);
var https = __toESM(require_https(), 1);
var tunnel = __toESM(require_tunnel3(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
var import_os = __toESM(require_os(), 1);
var import_fs = __toESM(require_fs(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(import_os.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell2) => {
        if (typeof cell2 === "string") {
          return this.wrap("td", cell2);
        }
        const { header, data, colspan, rowspan } = cell2;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
var path = __toESM(require_path(), 1);

// node_modules/@actions/core/lib/platform.js
var import_os2 = __toESM(require_os(), 1);

// node_modules/@actions/exec/lib/exec.js
var import_string_decoder = __toESM(require_string_decoder(), 1);

// node_modules/@actions/exec/lib/toolrunner.js
var os3 = __toESM(require_os(), 1);
var events = __toESM(require_events(), 1);
var child = __toESM(require_child_process(), 1);
var path4 = __toESM(require_path(), 1);

// node_modules/@actions/io/lib/io.js
var import_assert = __toESM(require_assert(), 1);
var path3 = __toESM(require_path(), 1);

// node_modules/@actions/io/lib/io-util.js
var fs2 = __toESM(require_fs(), 1);
var path2 = __toESM(require_path(), 1);
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var import_timers = __toESM(require_timers(), 1);
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = import_os2.default.platform();
var arch = import_os2.default.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os5.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}

// src/core/errors.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
  /** The input (or config key) at fault, when there is one. */
  input;
  constructor(message, input) {
    const text = shortenRuns(message);
    super(input === void 0 ? text : `${input.startsWith("--") ? "Option" : "Input"} '${input}': ${text}`);
    this.input = input;
  }
};
var LONGEST_RUN = 200;
var shortenRuns = (message) => message.replace(
  new RegExp(`\\S{${LONGEST_RUN + 1},}`, "g"),
  (run2) => `${run2.slice(0, 80)}\u2026 (${run2.length} characters)`
);
var isConfigurationError = (error2) => error2 instanceof ConfigurationError;
var StepFailure = class extends Error {
  name = "StepFailure";
};

// src/runtime/run-action.ts
async function runAction(main, post) {
  const isPost = getState("isPost") === "true";
  if (!isPost && post !== void 0) saveState("isPost", "true");
  const phase = isPost ? post : main;
  if (phase === void 0) return;
  try {
    await phase();
  } catch (error2) {
    fail(error2);
  }
}
function fail(error2) {
  if (isConfigurationError(error2) || error2 instanceof StepFailure) {
    setFailed(error2.message);
    return;
  }
  if (error2 instanceof Error) {
    if (error2.stack !== void 0) debug(error2.stack);
    setFailed(error2.message);
    return;
  }
  setFailed(`Unexpected failure: ${String(error2)}`);
}

// src/adapters/http-probe.ts
var import_node_http = __toESM(require_node_http(), 1);
var import_node_https = __toESM(require_node_https(), 1);
var BODY_READ_LIMIT = 1024 * 1024;
var describeError = (error2, url) => {
  switch (error2.code) {
    case "ECONNREFUSED":
      return `connection refused by ${url.host}`;
    case "ECONNRESET":
      return `connection reset by ${url.host}`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `host ${url.hostname} not found`;
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "SELF_SIGNED_CERT_IN_CHAIN":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "ERR_TLS_CERT_ALTNAME_INVALID":
    case "CERT_HAS_EXPIRED":
      return `TLS certificate not trusted (${error2.code}: ${error2.message}); set insecure: true only for a test host`;
    default:
      return error2.code === void 0 ? error2.message : `${error2.code}: ${error2.message}`;
  }
};
function probe(target, timeoutMs, options) {
  const url = new URL(target.url);
  const started = performance.now();
  const latency = () => performance.now() - started;
  return new Promise((resolve2) => {
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve2(result);
    };
    const transport = url.protocol === "https:" ? import_node_https.default : import_node_http.default;
    const request = transport.request(url, {
      method: target.method,
      headers: { "user-agent": "gantry-smoke", ...options.headers },
      agent: false,
      ...url.protocol === "https:" ? { rejectUnauthorized: !options.insecure } : {}
    });
    const timer = setTimeout(() => {
      finish({
        kind: "error",
        latencyMs: latency(),
        message: `no answer within ${Math.round(timeoutMs)} ms`
      });
      request.destroy();
    }, timeoutMs);
    const onAbort = () => {
      finish({ kind: "error", latencyMs: latency(), message: "cancelled" });
      request.destroy();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
    request.on(
      "error",
      (error2) => finish({ kind: "error", latencyMs: latency(), message: describeError(error2, url) })
    );
    request.on("response", (response) => {
      const chunks = [];
      let size = 0;
      const done = () => {
        const retryAfter = response.headers["retry-after"];
        finish({
          kind: "response",
          status: response.statusCode ?? 0,
          latencyMs: latency(),
          body: Buffer.concat(chunks).toString("utf8"),
          ...typeof retryAfter === "string" ? { retryAfter } : {}
        });
        response.destroy();
      };
      response.on("data", (chunk) => {
        if (size >= BODY_READ_LIMIT) return;
        chunks.push(chunk.subarray(0, BODY_READ_LIMIT - size));
        size += chunk.length;
        if (size >= BODY_READ_LIMIT) done();
      });
      response.on("end", done);
      response.on(
        "error",
        (error2) => finish({ kind: "error", latencyMs: latency(), message: describeError(error2, url) })
      );
    });
    request.end();
  });
}
function liveSmokeEffects(options, log) {
  return {
    probe: (target, timeoutMs) => probe(target, timeoutMs, options),
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve2) => {
      if (options.signal?.aborted === true) return resolve2();
      const wake = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", wake);
        resolve2();
      };
      const timer = setTimeout(wake, ms);
      options.signal?.addEventListener("abort", wake, { once: true });
    }),
    aborted: () => options.signal?.aborted === true,
    random: Math.random,
    ...log === void 0 ? {} : { log }
  };
}

// src/core/retry.ts
function exponentialBackoff(failures, firstMs, maxMs) {
  const exponent = Math.max(0, failures - 1);
  return Math.min(firstMs * 2 ** Math.min(exponent, 30), maxMs);
}
function equalJitter(ms, random) {
  return ms / 2 + ms / 2 * Math.min(Math.max(random, 0), 1);
}

// src/core/smoke/backoff.ts
function retryDelay(failures, intervalMs, maxIntervalMs, random, retryAfterMs) {
  const jittered = equalJitter(exponentialBackoff(failures, intervalMs, maxIntervalMs), random);
  if (retryAfterMs !== void 0 && retryAfterMs > jittered) return Math.min(retryAfterMs, maxIntervalMs * 2);
  return Math.round(jittered);
}

// src/core/smoke/json-subset.ts
function isJsonSubset(expected, actual) {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length <= actual.length && expected.every((item, index) => isJsonSubset(item, actual[index]));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    const record = actual;
    return Object.entries(expected).every(
      ([key, value]) => Object.hasOwn(record, key) && isJsonSubset(value, record[key])
    );
  }
  return expected === actual;
}

// src/core/smoke/status-spec.ts
function parseStatusSpec(name, raw) {
  const ranges = [];
  for (const part of raw.split(/[,\s]+/).filter((p) => p !== "")) {
    const match = /^(\d{3})(?:-(\d{3}))?$/.exec(part);
    const low = Number(match?.[1]);
    const high = match?.[2] === void 0 ? low : Number(match[2]);
    if (match === null || low < 100 || high > 599 || low > high) {
      throw new ConfigurationError(
        `expected status codes or ranges such as 200,204 or 200-299, got ${JSON.stringify(part)}`,
        name
      );
    }
    ranges.push([low, high]);
  }
  if (ranges.length === 0) throw new ConfigurationError("expected at least one status code", name);
  return ranges;
}
var statusMatches = (spec, status) => spec.some(([low, high]) => status >= low && status <= high);
var formatStatusSpec = (spec) => spec.map(([low, high]) => low === high ? `${low}` : `${low}-${high}`).join(",");

// src/core/smoke/verdict.ts
var BODY_EXCERPT_LIMIT = 1024;
function excerpt(body, limit = BODY_EXCERPT_LIMIT) {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > limit ? `${flat.slice(0, limit)}\u2026 (${flat.length - limit} more characters)` : flat;
}
function parseRetryAfter(value, nowMs) {
  if (value === void 0 || value.trim() === "") return void 0;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1e3;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - nowMs);
}
function judge(result, expect, nowMs) {
  if (result.kind === "error") return { ok: false, reason: result.message };
  const { status } = result;
  if (!statusMatches(expect.expectStatus, status)) {
    const reason = `status ${status}, expected ${formatStatusSpec(expect.expectStatus)}`;
    const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(result.retryAfter, nowMs) : void 0;
    return retryAfterMs === void 0 ? { ok: false, reason } : { ok: false, reason, retryAfterMs };
  }
  if (expect.expectJson !== void 0) {
    let body;
    try {
      body = JSON.parse(result.body);
    } catch {
      return { ok: false, reason: `body is not JSON: ${excerpt(result.body, 200)}` };
    }
    if (!isJsonSubset(expect.expectJson, body)) {
      return {
        ok: false,
        reason: `body does not contain ${excerpt(JSON.stringify(expect.expectJson), 200)}: ${excerpt(result.body, 300)}`
      };
    }
  }
  if (expect.expectBody !== void 0 && !expect.expectBody.test(result.body)) {
    return {
      ok: false,
      reason: `body does not match /${expect.expectBody.source}/: ${excerpt(result.body, 300)}`
    };
  }
  return { ok: true };
}

// src/core/smoke/check.ts
var MIN_ATTEMPT_MS = 100;
var PROGRESS_EVERY_MS = 5e3;
async function checkTarget(target, options, fx, start, onAttempt) {
  const deadline = start + options.timeoutMs;
  const report = {
    method: target.method,
    url: target.url,
    passed: false,
    attempts: 0,
    lastStatus: null,
    lastLatencyMs: null,
    reason: null,
    elapsedMs: 0
  };
  let successes = 0;
  let failures = 0;
  for (; ; ) {
    const remaining = deadline - fx.now();
    if (remaining <= 0 || report.attempts > 0 && remaining < MIN_ATTEMPT_MS) break;
    if (fx.aborted?.() === true) {
      report.reason = "cancelled";
      break;
    }
    report.attempts += 1;
    const result = await fx.probe(target, Math.min(options.requestTimeoutMs, remaining));
    report.lastLatencyMs = Math.round(result.latencyMs);
    report.lastStatus = result.kind === "response" ? result.status : null;
    const verdict = judge(result, options, fx.now());
    let delay;
    if (verdict.ok) {
      successes += 1;
      failures = 0;
      report.reason = null;
      if (successes >= options.consecutiveSuccesses) {
        report.passed = true;
        break;
      }
      delay = options.intervalMs;
    } else {
      successes = 0;
      failures += 1;
      report.reason = verdict.reason;
      delay = retryDelay(
        failures,
        options.intervalMs,
        options.maxIntervalMs,
        fx.random(),
        verdict.retryAfterMs
      );
    }
    onAttempt(report);
    const left = deadline - fx.now();
    if (left <= 0) break;
    await fx.sleep(Math.min(delay, left));
  }
  report.elapsedMs = Math.round(fx.now() - start);
  if (!report.passed) {
    const seconds = Math.round(options.timeoutMs / 100) / 10;
    report.reason = `${report.reason ?? "no answer"} (gave up after ${report.attempts} attempt${report.attempts === 1 ? "" : "s"} in ${seconds}s)`;
  }
  return report;
}
async function runSmokeCheck(options, fx) {
  const start = fx.now();
  const results = new Array(options.targets.length);
  const live = /* @__PURE__ */ new Map();
  let lastProgress = start;
  const progress = () => {
    if (fx.log === void 0 || fx.now() - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = fx.now();
    const waiting = [...live.values()].filter((r) => !r.passed);
    const done = results.filter((r) => r?.passed).length;
    const first = waiting[0];
    const detail = first === void 0 ? "" : `; waiting on ${first.url} (${first.reason ?? "no answer yet"})`;
    fx.log(
      `${done}/${options.targets.length} healthy after ${Math.round((fx.now() - start) / 1e3)}s${detail}`
    );
  };
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < options.targets.length; index = next++) {
      const target = options.targets[index];
      const report = await checkTarget(target, options, fx, start, (r) => {
        live.set(index, r);
        progress();
      });
      live.delete(index);
      results[index] = report;
      fx.log?.(
        report.passed ? `ok   ${report.method} ${report.url}: ${report.lastStatus} in ${report.lastLatencyMs} ms (${report.attempts} attempt${report.attempts === 1 ? "" : "s"})` : `FAIL ${report.method} ${report.url}: ${report.reason}`
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.targets.length) }, worker));
  return { passed: results.every((r) => r.passed), elapsedMs: Math.round(fx.now() - start), urls: results };
}

// src/core/smoke/summary.ts
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
function smokeSummaryMarkdown(report) {
  const head = report.passed ? `### \u2705 Smoke check passed (${report.urls.length} URL${report.urls.length === 1 ? "" : "s"}, ${(report.elapsedMs / 1e3).toFixed(1)}s)` : `### \u274C Smoke check failed (${report.urls.filter((u) => !u.passed).length} of ${report.urls.length} URLs)`;
  const rows = report.urls.map(
    (u) => `| ${u.passed ? "\u2705" : "\u274C"} | ${cell(u.method)} ${cell(u.url)} | ${u.attempts} | ${u.lastStatus ?? "\u2013"} | ${u.lastLatencyMs ?? "\u2013"} | ${cell(u.reason ?? "")} |`
  );
  return [
    head,
    "",
    "| | URL | attempts | last status | latency (ms) | reason |",
    "|---|---|---|---|---|---|",
    ...rows,
    ""
  ].join("\n");
}

// src/runtime/signals.ts
function cancellationSignal() {
  const cancel = new AbortController();
  process.on("SIGTERM", () => cancel.abort());
  process.on("SIGINT", () => cancel.abort());
  return cancel.signal;
}

// src/runtime/summary.ts
async function writeSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    debug("GITHUB_STEP_SUMMARY is not set; job summary skipped");
    return;
  }
  await summary.addRaw(markdown).write();
}

// src/core/inputs/parse.ts
function isControlChar(char) {
  const code = char.codePointAt(0) ?? 0;
  return code < 32 || code >= 127 && code <= 159 || code === 8232 || code === 8233;
}
var ALLOWED = { none: "", tab: "	", text: "	\n\r" };
var codePoint = (char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
function refuseControl(name, raw, kind, what, where = "") {
  const chars = [...raw];
  const index = chars.findIndex((char2) => isControlChar(char2) && !ALLOWED[kind].includes(char2));
  if (index < 0) return;
  const char = chars[index] ?? "";
  const named = char === "\n" ? "a newline" : char === "\r" ? "a carriage return" : `control character ${codePoint(char)}`;
  throw new ConfigurationError(
    `${where}holds ${named} at position ${index + 1} (value not shown); expected ${what}`,
    name
  );
}
var MAX_LINE_LENGTH = 8192;
function refuseLong(name, value, where) {
  if (value.length > MAX_LINE_LENGTH)
    throw new ConfigurationError(
      `${where}is ${value.length} characters long (value not shown); at most ${MAX_LINE_LENGTH} on one line`,
      name
    );
}
function checkLine(name, raw, where = "") {
  const value = raw.trim();
  refuseLong(name, value, where);
  refuseControl(name, value, "none", "one line of printable text", where);
  return value;
}
function checkText(name, raw) {
  refuseControl(name, raw, "text", "text with no control characters but tabs and line breaks");
  return raw;
}
function parseLines(name, raw) {
  const lines = raw.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
  for (const [index, line] of lines.entries()) {
    refuseControl(name, line, "tab", "lines with no control characters but tabs", `line ${index + 1} `);
  }
  return lines;
}
function parseBoolean(name, raw) {
  const value = raw.trim();
  if (value === "true") return true;
  if (value === "false") return false;
  throw new ConfigurationError(`expected true or false, got ${JSON.stringify(raw)}`, name);
}
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(name, raw) {
  const value = raw.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1e3);
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let match = part.exec(value); match !== null; match = part.exec(value)) {
    total += Number(match[1]) * UNIT_MS[match[2]];
    consumed = part.lastIndex;
  }
  if (value === "" || consumed !== value.length) {
    throw new ConfigurationError(
      `expected a duration such as 90s, 5m or 1h, got ${JSON.stringify(raw)}`,
      name
    );
  }
  return Math.round(total);
}
function parseInteger(name, raw, bounds = {}) {
  const value = raw.trim();
  if (!/^-?\d+$/.test(value))
    throw new ConfigurationError(`expected a whole number, got ${JSON.stringify(raw)}`, name);
  const number = Number(value);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds;
  if (number < min || number > max) {
    throw new ConfigurationError(`expected a whole number from ${min} to ${max}, got ${number}`, name);
  }
  return number;
}

// src/core/smoke/options.ts
var SMOKE_DEFAULTS = {
  "expect-status": "200",
  timeout: "120s",
  "request-timeout": "5s",
  interval: "1s",
  "max-interval": "5s",
  concurrency: "4",
  "consecutive-successes": "1",
  insecure: "false"
};
var METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
var PER_NODE_HOST = "{node}";
function parseTargets(name, raw) {
  const targets = parseLines(name, raw).map((line) => {
    const parts = line.split(/\s+/);
    const [first, second] = parts;
    if (parts.length > 2 || first === void 0) {
      throw new ConfigurationError(
        `expected a URL or "METHOD URL" per line, got ${JSON.stringify(line)}`,
        name
      );
    }
    const method = second === void 0 ? "GET" : first.toUpperCase();
    const url = second ?? first;
    if (!METHODS.includes(method)) {
      throw new ConfigurationError(
        `unknown method ${JSON.stringify(first)} (expected one of ${METHODS.join(", ")})`,
        name
      );
    }
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigurationError(`not a valid URL: ${JSON.stringify(url)}`, name);
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      throw new ConfigurationError(
        `only http and https URLs can be checked, got ${JSON.stringify(url)}`,
        name
      );
    }
    return { method, url: parsed.href };
  });
  if (targets.length === 0) throw new ConfigurationError("at least one URL is required", name);
  return targets;
}
function parseHeaders(name, raw) {
  const headers = {};
  for (const [index, line] of parseLines(name, raw).entries()) {
    const at = line.indexOf(":");
    const key = at > 0 ? line.slice(0, at).trim() : "";
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key)) {
      throw new ConfigurationError(`line ${index + 1} is not a "Name: value" header (value not shown)`, name);
    }
    const value = line.slice(at + 1).trim();
    if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) {
      throw new ConfigurationError(
        `line ${index + 1}: the value of header ${key} holds a character a header value cannot (value not shown)`,
        name
      );
    }
    headers[key] = value;
  }
  return headers;
}
function parseExpectJson(name, raw) {
  if (raw.trim() === "") return void 0;
  try {
    return JSON.parse(raw);
  } catch (error2) {
    throw new ConfigurationError(`is not valid JSON (${error2.message})`, name);
  }
}
function parseRegExp(name, raw) {
  if (raw === "") return void 0;
  try {
    return new RegExp(raw);
  } catch (error2) {
    throw new ConfigurationError(`is not a valid regular expression (${error2.message})`, name);
  }
}
function checkPerNode(name, targets, perNode) {
  for (const target of targets) {
    const templated = new URL(target.url).hostname === PER_NODE_HOST;
    if (perNode && !templated)
      throw new ConfigurationError(
        `with per-node: true each URL's host is ${PER_NODE_HOST} (it becomes each node's address), got ${JSON.stringify(target.url)}`,
        name
      );
    if (!perNode && templated)
      throw new ConfigurationError(
        `${JSON.stringify(target.url)} has the host ${PER_NODE_HOST}, which only per-node: true (gantry.yml) fills in`,
        name
      );
  }
}
function parseSmokeOptions(raw, prefix = "") {
  const n = (name) => `${prefix}${name}`;
  const get = (key) => {
    const value = raw[key];
    return value === void 0 || value.trim() === "" ? SMOKE_DEFAULTS[key] : value;
  };
  const options = {
    targets: parseTargets(n("urls"), raw.urls ?? ""),
    expectStatus: parseStatusSpec(n("expect-status"), get("expect-status")),
    expectJson: parseExpectJson(n("expect-json"), raw["expect-json"] ?? ""),
    expectBody: parseRegExp(n("expect-body"), raw["expect-body"] ?? ""),
    headers: parseHeaders(n("headers"), raw.headers ?? ""),
    timeoutMs: parseDuration(n("timeout"), get("timeout")),
    requestTimeoutMs: parseDuration(n("request-timeout"), get("request-timeout")),
    intervalMs: parseDuration(n("interval"), get("interval")),
    maxIntervalMs: parseDuration(n("max-interval"), get("max-interval")),
    concurrency: parseInteger(n("concurrency"), get("concurrency"), { min: 1, max: 64 }),
    consecutiveSuccesses: parseInteger(n("consecutive-successes"), get("consecutive-successes"), {
      min: 1,
      max: 100
    }),
    insecure: parseBoolean(n("insecure"), get("insecure"))
  };
  const perNode = parseBoolean(n("per-node"), raw["per-node"] ?? "false");
  checkPerNode(n("urls"), options.targets, perNode);
  if (perNode) options.perNode = true;
  if (options.timeoutMs <= 0) throw new ConfigurationError("must be longer than 0s", n("timeout"));
  if (options.requestTimeoutMs <= 0)
    throw new ConfigurationError("must be longer than 0s", n("request-timeout"));
  if (options.intervalMs <= 0) throw new ConfigurationError("must be longer than 0s", n("interval"));
  if (options.maxIntervalMs < options.intervalMs) {
    throw new ConfigurationError(`must be at least the interval (${get("interval")})`, n("max-interval"));
  }
  return options;
}

// src/runtime/inputs.ts
var readString = (name) => {
  const value = getInput(name);
  checkLine(name, value);
  return value;
};
var readText = (name) => checkText(name, getInput(name));
var masked = /* @__PURE__ */ new Set();
function mask(value) {
  if (value.trim() === "") return;
  for (const form of [value, ...value.split(/\r?\n/)]) {
    if (form.trim() === "" || masked.has(form)) continue;
    masked.add(form);
    setSecret(form);
  }
}

// src/actions/smoke/inputs.ts
var MULTI_LINE = /* @__PURE__ */ new Set(["urls", "expect-json"]);
function readSmokeInputs() {
  const raw = {};
  for (const name of [
    "urls",
    "expect-status",
    "expect-json",
    "expect-body",
    "timeout",
    "request-timeout",
    "interval",
    "max-interval",
    "concurrency",
    "consecutive-successes",
    "insecure"
  ]) {
    raw[name] = MULTI_LINE.has(name) ? readText(name) : readString(name);
  }
  raw.headers = readText("headers");
  const options = parseSmokeOptions(raw);
  for (const value of Object.values(options.headers)) mask(value);
  return options;
}

// src/actions/smoke/main.ts
async function run() {
  const options = readSmokeInputs();
  const signal = cancellationSignal();
  const report = await group(
    `Smoke check: ${options.targets.length} URL(s)`,
    () => runSmokeCheck(
      options,
      liveSmokeEffects({ headers: options.headers, insecure: options.insecure, signal }, info)
    )
  );
  setOutput("passed", report.passed);
  setOutput("report", JSON.stringify(report));
  await writeSummary(smokeSummaryMarkdown(report));
  if (!report.passed) {
    for (const url of report.urls.filter((u) => !u.passed)) {
      error(`${url.method} ${url.url}: ${url.reason}`, { title: "Smoke check failed" });
    }
    throw new StepFailure(
      `Smoke check failed for ${report.urls.filter((u) => !u.passed).length} of ${report.urls.length} URL(s)`
    );
  }
}

// src/actions/smoke/index.ts
await runAction(run);
