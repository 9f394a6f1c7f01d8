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
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

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
    var load2 = () => loaded ??= __require("crypto");
    module.exports = {
      get "Certificate"() {
        return load2()["Certificate"];
      },
      get "Cipheriv"() {
        return load2()["Cipheriv"];
      },
      get "Decipheriv"() {
        return load2()["Decipheriv"];
      },
      get "DiffieHellman"() {
        return load2()["DiffieHellman"];
      },
      get "DiffieHellmanGroup"() {
        return load2()["DiffieHellmanGroup"];
      },
      get "ECDH"() {
        return load2()["ECDH"];
      },
      get "Hash"() {
        return load2()["Hash"];
      },
      get "Hmac"() {
        return load2()["Hmac"];
      },
      get "KeyObject"() {
        return load2()["KeyObject"];
      },
      get "Sign"() {
        return load2()["Sign"];
      },
      get "Verify"() {
        return load2()["Verify"];
      },
      get "X509Certificate"() {
        return load2()["X509Certificate"];
      },
      get "argon2"() {
        return load2()["argon2"];
      },
      get "argon2Sync"() {
        return load2()["argon2Sync"];
      },
      get "checkPrime"() {
        return load2()["checkPrime"];
      },
      get "checkPrimeSync"() {
        return load2()["checkPrimeSync"];
      },
      get "constants"() {
        return load2()["constants"];
      },
      get "createCipheriv"() {
        return load2()["createCipheriv"];
      },
      get "createDecipheriv"() {
        return load2()["createDecipheriv"];
      },
      get "createDiffieHellman"() {
        return load2()["createDiffieHellman"];
      },
      get "createDiffieHellmanGroup"() {
        return load2()["createDiffieHellmanGroup"];
      },
      get "createECDH"() {
        return load2()["createECDH"];
      },
      get "createHash"() {
        return load2()["createHash"];
      },
      get "createHmac"() {
        return load2()["createHmac"];
      },
      get "createPrivateKey"() {
        return load2()["createPrivateKey"];
      },
      get "createPublicKey"() {
        return load2()["createPublicKey"];
      },
      get "createSecretKey"() {
        return load2()["createSecretKey"];
      },
      get "createSign"() {
        return load2()["createSign"];
      },
      get "createVerify"() {
        return load2()["createVerify"];
      },
      get "decapsulate"() {
        return load2()["decapsulate"];
      },
      get "diffieHellman"() {
        return load2()["diffieHellman"];
      },
      get "encapsulate"() {
        return load2()["encapsulate"];
      },
      get "generateKey"() {
        return load2()["generateKey"];
      },
      get "generateKeyPair"() {
        return load2()["generateKeyPair"];
      },
      get "generateKeyPairSync"() {
        return load2()["generateKeyPairSync"];
      },
      get "generateKeySync"() {
        return load2()["generateKeySync"];
      },
      get "generatePrime"() {
        return load2()["generatePrime"];
      },
      get "generatePrimeSync"() {
        return load2()["generatePrimeSync"];
      },
      get "getCipherInfo"() {
        return load2()["getCipherInfo"];
      },
      get "getCiphers"() {
        return load2()["getCiphers"];
      },
      get "getCurves"() {
        return load2()["getCurves"];
      },
      get "getDiffieHellman"() {
        return load2()["getDiffieHellman"];
      },
      get "getFips"() {
        return load2()["getFips"];
      },
      get "getHashes"() {
        return load2()["getHashes"];
      },
      get "getRandomValues"() {
        return load2()["getRandomValues"];
      },
      get "hash"() {
        return load2()["hash"];
      },
      get "hkdf"() {
        return load2()["hkdf"];
      },
      get "hkdfSync"() {
        return load2()["hkdfSync"];
      },
      get "pbkdf2"() {
        return load2()["pbkdf2"];
      },
      get "pbkdf2Sync"() {
        return load2()["pbkdf2Sync"];
      },
      get "privateDecrypt"() {
        return load2()["privateDecrypt"];
      },
      get "privateEncrypt"() {
        return load2()["privateEncrypt"];
      },
      get "publicDecrypt"() {
        return load2()["publicDecrypt"];
      },
      get "publicEncrypt"() {
        return load2()["publicEncrypt"];
      },
      get "randomBytes"() {
        return load2()["randomBytes"];
      },
      get "randomFill"() {
        return load2()["randomFill"];
      },
      get "randomFillSync"() {
        return load2()["randomFillSync"];
      },
      get "randomInt"() {
        return load2()["randomInt"];
      },
      get "randomUUID"() {
        return load2()["randomUUID"];
      },
      get "randomUUIDv7"() {
        return load2()["randomUUIDv7"];
      },
      get "scrypt"() {
        return load2()["scrypt"];
      },
      get "scryptSync"() {
        return load2()["scryptSync"];
      },
      get "secureHeapUsed"() {
        return load2()["secureHeapUsed"];
      },
      get "setEngine"() {
        return load2()["setEngine"];
      },
      get "setFips"() {
        return load2()["setFips"];
      },
      get "sign"() {
        return load2()["sign"];
      },
      get "subtle"() {
        return load2()["subtle"];
      },
      get "timingSafeEqual"() {
        return load2()["timingSafeEqual"];
      },
      get "verify"() {
        return load2()["verify"];
      },
      get "webcrypto"() {
        return load2()["webcrypto"];
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
    var load2 = () => loaded ??= __require("http");
    module.exports = {
      get "Agent"() {
        return load2()["Agent"];
      },
      get "ClientRequest"() {
        return load2()["ClientRequest"];
      },
      get "CloseEvent"() {
        return load2()["CloseEvent"];
      },
      get "IncomingMessage"() {
        return load2()["IncomingMessage"];
      },
      get "METHODS"() {
        return load2()["METHODS"];
      },
      get "MessageEvent"() {
        return load2()["MessageEvent"];
      },
      get "OutgoingMessage"() {
        return load2()["OutgoingMessage"];
      },
      get "STATUS_CODES"() {
        return load2()["STATUS_CODES"];
      },
      get "Server"() {
        return load2()["Server"];
      },
      get "ServerResponse"() {
        return load2()["ServerResponse"];
      },
      get "WebSocket"() {
        return load2()["WebSocket"];
      },
      get "_connectionListener"() {
        return load2()["_connectionListener"];
      },
      get "createServer"() {
        return load2()["createServer"];
      },
      get "get"() {
        return load2()["get"];
      },
      get "globalAgent"() {
        return load2()["globalAgent"];
      },
      get "maxHeaderSize"() {
        return load2()["maxHeaderSize"];
      },
      get "request"() {
        return load2()["request"];
      },
      get "setGlobalProxyFromEnv"() {
        return load2()["setGlobalProxyFromEnv"];
      },
      get "setMaxIdleHTTPParsers"() {
        return load2()["setMaxIdleHTTPParsers"];
      },
      get "validateHeaderName"() {
        return load2()["validateHeaderName"];
      },
      get "validateHeaderValue"() {
        return load2()["validateHeaderValue"];
      }
    };
  }
});

// builtin-via-require:https
var require_https = __commonJS({
  "builtin-via-require:https"(exports, module) {
    var loaded;
    var load2 = () => loaded ??= __require("https");
    module.exports = {
      get "Agent"() {
        return load2()["Agent"];
      },
      get "Server"() {
        return load2()["Server"];
      },
      get "createServer"() {
        return load2()["createServer"];
      },
      get "get"() {
        return load2()["get"];
      },
      get "globalAgent"() {
        return load2()["globalAgent"];
      },
      get "request"() {
        return load2()["request"];
      }
    };
  }
});

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net2 = __require("net");
    var tls = __require("tls");
    var http4 = __require("http");
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
      agent.request = http4.request;
      return agent;
    }
    function httpsOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http4.request;
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
      self.maxSockets = self.options.maxSockets || http4.Agent.defaultMaxSockets;
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
    var load2 = () => loaded ??= require_tunnel2();
    module.exports = {
      get "debug"() {
        return load2()["debug"];
      },
      get "httpOverHttp"() {
        return load2()["httpOverHttp"];
      },
      get "httpOverHttps"() {
        return load2()["httpOverHttps"];
      },
      get "httpsOverHttp"() {
        return load2()["httpsOverHttp"];
      },
      get "httpsOverHttps"() {
        return load2()["httpsOverHttps"];
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
    var load2 = () => loaded ??= __require("child_process");
    module.exports = {
      get "ChildProcess"() {
        return load2()["ChildProcess"];
      },
      get "_forkChild"() {
        return load2()["_forkChild"];
      },
      get "exec"() {
        return load2()["exec"];
      },
      get "execFile"() {
        return load2()["execFile"];
      },
      get "execFileSync"() {
        return load2()["execFileSync"];
      },
      get "execSync"() {
        return load2()["execSync"];
      },
      get "fork"() {
        return load2()["fork"];
      },
      get "spawn"() {
        return load2()["spawn"];
      },
      get "spawnSync"() {
        return load2()["spawnSync"];
      }
    };
  }
});

// builtin-via-require:assert
var require_assert = __commonJS({
  "builtin-via-require:assert"(exports, module) {
    var loaded;
    var load2 = () => loaded ??= __require("assert");
    module.exports = {
      get "Assert"() {
        return load2()["Assert"];
      },
      get "AssertionError"() {
        return load2()["AssertionError"];
      },
      get "CallTracker"() {
        return load2()["CallTracker"];
      },
      get "deepEqual"() {
        return load2()["deepEqual"];
      },
      get "deepStrictEqual"() {
        return load2()["deepStrictEqual"];
      },
      get "doesNotMatch"() {
        return load2()["doesNotMatch"];
      },
      get "doesNotReject"() {
        return load2()["doesNotReject"];
      },
      get "doesNotThrow"() {
        return load2()["doesNotThrow"];
      },
      get "equal"() {
        return load2()["equal"];
      },
      get "fail"() {
        return load2()["fail"];
      },
      get "ifError"() {
        return load2()["ifError"];
      },
      get "match"() {
        return load2()["match"];
      },
      get "notDeepEqual"() {
        return load2()["notDeepEqual"];
      },
      get "notDeepStrictEqual"() {
        return load2()["notDeepStrictEqual"];
      },
      get "notEqual"() {
        return load2()["notEqual"];
      },
      get "notStrictEqual"() {
        return load2()["notStrictEqual"];
      },
      get "ok"() {
        return load2()["ok"];
      },
      get "partialDeepStrictEqual"() {
        return load2()["partialDeepStrictEqual"];
      },
      get "rejects"() {
        return load2()["rejects"];
      },
      get "strict"() {
        return load2()["strict"];
      },
      get "strictEqual"() {
        return load2()["strictEqual"];
      },
      get "throws"() {
        return load2()["throws"];
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

// builtin-via-require:node:fs
var require_node_fs = __commonJS({
  "builtin-via-require:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin-via-require:node:os
var require_node_os = __commonJS({
  "builtin-via-require:node:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtin-via-require:node:path
var require_node_path = __commonJS({
  "builtin-via-require:node:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtin-via-require:node:module
var require_node_module = __commonJS({
  "builtin-via-require:node:module"(exports, module) {
    module.exports = __require("node:module");
  }
});

// builtin-via-require:node:url
var require_node_url = __commonJS({
  "builtin-via-require:node:url"(exports, module) {
    module.exports = __require("node:url");
  }
});

// builtin-via-require:node:vm
var require_node_vm = __commonJS({
  "builtin-via-require:node:vm"(exports, module) {
    module.exports = __require("node:vm");
  }
});

// gantry-embedded:loader
var loader_exports = {};
__export(loader_exports, {
  load: () => load
});
function load(marked) {
  const name = marked.slice(21);
  const known = modules.get(name);
  if (known !== void 0) return known.exports;
  text ??= (0, import_node_fs.readFileSync)(file, "utf8");
  const begin = text.indexOf("\n// gantry-embedded-begin " + name + "\n");
  const end = text.indexOf("\n// gantry-embedded-end " + name + "\n", begin + 1);
  if (begin < 0 || end < 0) throw new Error(file + ": the embedded module " + name + " is missing; rebuild the bundle");
  const first = text.indexOf("\n", begin + 1) + 1;
  const body = text.slice(first, end).split("\n").map((line2) => line2.slice(3)).join("\n");
  let lineOffset = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < first; i = text.indexOf("\n", i + 1)) lineOffset++;
  const compiled = (0, import_node_vm.compileFunction)(body, ["exports", "require", "module", "__filename", "__dirname"], {
    filename: file,
    lineOffset,
    importModuleDynamically: import_node_vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
  });
  const module = { exports: {} };
  modules.set(name, module);
  const require2 = (id) => names.has(id) ? load("gantry-load-embedded:" + id) : nodeRequire(id);
  try {
    compiled.call(module.exports, module.exports, require2, module, file, import_node_path.default.dirname(file));
  } catch (error2) {
    modules.delete(name);
    throw error2;
  }
  return module.exports;
}
var import_node_fs, import_node_module, import_node_path, import_node_url, import_node_vm, file, nodeRequire, names, modules, text;
var init_loader = __esm({
  "gantry-embedded:loader"() {
    import_node_fs = __toESM(require_node_fs());
    import_node_module = __toESM(require_node_module());
    import_node_path = __toESM(require_node_path());
    import_node_url = __toESM(require_node_url());
    import_node_vm = __toESM(require_node_vm());
    file = (0, import_node_url.fileURLToPath)(import.meta.url);
    nodeRequire = (0, import_node_module.createRequire)(import.meta.url);
    names = /* @__PURE__ */ new Set(["@actions/cache", "@actions/github", "@actions/tool-cache", "execa", "undici", "yaml", "zod"]);
    modules = /* @__PURE__ */ new Map();
  }
});

// gantry-embedded-stub:execa
var require_execa = __commonJS({
  "gantry-embedded-stub:execa"(exports, module) {
    module.exports = (init_loader(), __toCommonJS(loader_exports)).load("gantry-load-embedded:execa");
  }
});

// builtin-via-require:node:child_process
var require_node_child_process = __commonJS({
  "builtin-via-require:node:child_process"(exports, module) {
    var loaded;
    var load2 = () => loaded ??= __require("node:child_process");
    module.exports = {
      get "ChildProcess"() {
        return load2()["ChildProcess"];
      },
      get "_forkChild"() {
        return load2()["_forkChild"];
      },
      get "exec"() {
        return load2()["exec"];
      },
      get "execFile"() {
        return load2()["execFile"];
      },
      get "execFileSync"() {
        return load2()["execFileSync"];
      },
      get "execSync"() {
        return load2()["execSync"];
      },
      get "fork"() {
        return load2()["fork"];
      },
      get "spawn"() {
        return load2()["spawn"];
      },
      get "spawnSync"() {
        return load2()["spawnSync"];
      }
    };
  }
});

// builtin-via-require:node:http
var require_node_http = __commonJS({
  "builtin-via-require:node:http"(exports, module) {
    var loaded;
    var load2 = () => loaded ??= __require("node:http");
    module.exports = {
      get "Agent"() {
        return load2()["Agent"];
      },
      get "ClientRequest"() {
        return load2()["ClientRequest"];
      },
      get "CloseEvent"() {
        return load2()["CloseEvent"];
      },
      get "IncomingMessage"() {
        return load2()["IncomingMessage"];
      },
      get "METHODS"() {
        return load2()["METHODS"];
      },
      get "MessageEvent"() {
        return load2()["MessageEvent"];
      },
      get "OutgoingMessage"() {
        return load2()["OutgoingMessage"];
      },
      get "STATUS_CODES"() {
        return load2()["STATUS_CODES"];
      },
      get "Server"() {
        return load2()["Server"];
      },
      get "ServerResponse"() {
        return load2()["ServerResponse"];
      },
      get "WebSocket"() {
        return load2()["WebSocket"];
      },
      get "_connectionListener"() {
        return load2()["_connectionListener"];
      },
      get "createServer"() {
        return load2()["createServer"];
      },
      get "get"() {
        return load2()["get"];
      },
      get "globalAgent"() {
        return load2()["globalAgent"];
      },
      get "maxHeaderSize"() {
        return load2()["maxHeaderSize"];
      },
      get "request"() {
        return load2()["request"];
      },
      get "setGlobalProxyFromEnv"() {
        return load2()["setGlobalProxyFromEnv"];
      },
      get "setMaxIdleHTTPParsers"() {
        return load2()["setMaxIdleHTTPParsers"];
      },
      get "validateHeaderName"() {
        return load2()["validateHeaderName"];
      },
      get "validateHeaderValue"() {
        return load2()["validateHeaderValue"];
      }
    };
  }
});

// builtin-via-require:node:net
var require_node_net = __commonJS({
  "builtin-via-require:node:net"(exports, module) {
    var loaded;
    var load2 = () => loaded ??= __require("node:net");
    module.exports = {
      get "BlockList"() {
        return load2()["BlockList"];
      },
      get "BoundSocket"() {
        return load2()["BoundSocket"];
      },
      get "Server"() {
        return load2()["Server"];
      },
      get "Socket"() {
        return load2()["Socket"];
      },
      get "SocketAddress"() {
        return load2()["SocketAddress"];
      },
      get "Stream"() {
        return load2()["Stream"];
      },
      get "_createServerHandle"() {
        return load2()["_createServerHandle"];
      },
      get "_normalizeArgs"() {
        return load2()["_normalizeArgs"];
      },
      get "connect"() {
        return load2()["connect"];
      },
      get "createConnection"() {
        return load2()["createConnection"];
      },
      get "createServer"() {
        return load2()["createServer"];
      },
      get "getDefaultAutoSelectFamily"() {
        return load2()["getDefaultAutoSelectFamily"];
      },
      get "getDefaultAutoSelectFamilyAttemptTimeout"() {
        return load2()["getDefaultAutoSelectFamilyAttemptTimeout"];
      },
      get "isIP"() {
        return load2()["isIP"];
      },
      get "isIPv4"() {
        return load2()["isIPv4"];
      },
      get "isIPv6"() {
        return load2()["isIPv6"];
      },
      get "setDefaultAutoSelectFamily"() {
        return load2()["setDefaultAutoSelectFamily"];
      },
      get "setDefaultAutoSelectFamilyAttemptTimeout"() {
        return load2()["setDefaultAutoSelectFamilyAttemptTimeout"];
      }
    };
  }
});

// builtin-via-require:node:stream
var require_node_stream = __commonJS({
  "builtin-via-require:node:stream"(exports, module) {
    module.exports = __require("node:stream");
  }
});

// builtin-via-require:node:crypto
var require_node_crypto = __commonJS({
  "builtin-via-require:node:crypto"(exports, module) {
    var loaded;
    var load2 = () => loaded ??= __require("node:crypto");
    module.exports = {
      get "Certificate"() {
        return load2()["Certificate"];
      },
      get "Cipheriv"() {
        return load2()["Cipheriv"];
      },
      get "Decipheriv"() {
        return load2()["Decipheriv"];
      },
      get "DiffieHellman"() {
        return load2()["DiffieHellman"];
      },
      get "DiffieHellmanGroup"() {
        return load2()["DiffieHellmanGroup"];
      },
      get "ECDH"() {
        return load2()["ECDH"];
      },
      get "Hash"() {
        return load2()["Hash"];
      },
      get "Hmac"() {
        return load2()["Hmac"];
      },
      get "KeyObject"() {
        return load2()["KeyObject"];
      },
      get "Sign"() {
        return load2()["Sign"];
      },
      get "Verify"() {
        return load2()["Verify"];
      },
      get "X509Certificate"() {
        return load2()["X509Certificate"];
      },
      get "argon2"() {
        return load2()["argon2"];
      },
      get "argon2Sync"() {
        return load2()["argon2Sync"];
      },
      get "checkPrime"() {
        return load2()["checkPrime"];
      },
      get "checkPrimeSync"() {
        return load2()["checkPrimeSync"];
      },
      get "constants"() {
        return load2()["constants"];
      },
      get "createCipheriv"() {
        return load2()["createCipheriv"];
      },
      get "createDecipheriv"() {
        return load2()["createDecipheriv"];
      },
      get "createDiffieHellman"() {
        return load2()["createDiffieHellman"];
      },
      get "createDiffieHellmanGroup"() {
        return load2()["createDiffieHellmanGroup"];
      },
      get "createECDH"() {
        return load2()["createECDH"];
      },
      get "createHash"() {
        return load2()["createHash"];
      },
      get "createHmac"() {
        return load2()["createHmac"];
      },
      get "createPrivateKey"() {
        return load2()["createPrivateKey"];
      },
      get "createPublicKey"() {
        return load2()["createPublicKey"];
      },
      get "createSecretKey"() {
        return load2()["createSecretKey"];
      },
      get "createSign"() {
        return load2()["createSign"];
      },
      get "createVerify"() {
        return load2()["createVerify"];
      },
      get "decapsulate"() {
        return load2()["decapsulate"];
      },
      get "diffieHellman"() {
        return load2()["diffieHellman"];
      },
      get "encapsulate"() {
        return load2()["encapsulate"];
      },
      get "generateKey"() {
        return load2()["generateKey"];
      },
      get "generateKeyPair"() {
        return load2()["generateKeyPair"];
      },
      get "generateKeyPairSync"() {
        return load2()["generateKeyPairSync"];
      },
      get "generateKeySync"() {
        return load2()["generateKeySync"];
      },
      get "generatePrime"() {
        return load2()["generatePrime"];
      },
      get "generatePrimeSync"() {
        return load2()["generatePrimeSync"];
      },
      get "getCipherInfo"() {
        return load2()["getCipherInfo"];
      },
      get "getCiphers"() {
        return load2()["getCiphers"];
      },
      get "getCurves"() {
        return load2()["getCurves"];
      },
      get "getDiffieHellman"() {
        return load2()["getDiffieHellman"];
      },
      get "getFips"() {
        return load2()["getFips"];
      },
      get "getHashes"() {
        return load2()["getHashes"];
      },
      get "getRandomValues"() {
        return load2()["getRandomValues"];
      },
      get "hash"() {
        return load2()["hash"];
      },
      get "hkdf"() {
        return load2()["hkdf"];
      },
      get "hkdfSync"() {
        return load2()["hkdfSync"];
      },
      get "pbkdf2"() {
        return load2()["pbkdf2"];
      },
      get "pbkdf2Sync"() {
        return load2()["pbkdf2Sync"];
      },
      get "privateDecrypt"() {
        return load2()["privateDecrypt"];
      },
      get "privateEncrypt"() {
        return load2()["privateEncrypt"];
      },
      get "publicDecrypt"() {
        return load2()["publicDecrypt"];
      },
      get "publicEncrypt"() {
        return load2()["publicEncrypt"];
      },
      get "randomBytes"() {
        return load2()["randomBytes"];
      },
      get "randomFill"() {
        return load2()["randomFill"];
      },
      get "randomFillSync"() {
        return load2()["randomFillSync"];
      },
      get "randomInt"() {
        return load2()["randomInt"];
      },
      get "randomUUID"() {
        return load2()["randomUUID"];
      },
      get "randomUUIDv7"() {
        return load2()["randomUUIDv7"];
      },
      get "scrypt"() {
        return load2()["scrypt"];
      },
      get "scryptSync"() {
        return load2()["scryptSync"];
      },
      get "secureHeapUsed"() {
        return load2()["secureHeapUsed"];
      },
      get "setEngine"() {
        return load2()["setEngine"];
      },
      get "setFips"() {
        return load2()["setFips"];
      },
      get "sign"() {
        return load2()["sign"];
      },
      get "subtle"() {
        return load2()["subtle"];
      },
      get "timingSafeEqual"() {
        return load2()["timingSafeEqual"];
      },
      get "verify"() {
        return load2()["verify"];
      },
      get "webcrypto"() {
        return load2()["webcrypto"];
      }
    };
  }
});

// gantry-embedded-stub:zod
var require_zod = __commonJS({
  "gantry-embedded-stub:zod"(exports, module) {
    var loaded;
    var load2 = () => loaded ??= (init_loader(), __toCommonJS(loader_exports)).load("gantry-load-embedded:zod");
    module.exports = {
      get "NEVER"() {
        return load2()["NEVER"];
      },
      get "ZodError"() {
        return load2()["ZodError"];
      },
      get "ZodType"() {
        return load2()["ZodType"];
      },
      get "array"() {
        return load2()["array"];
      },
      get "boolean"() {
        return load2()["boolean"];
      },
      get "date"() {
        return load2()["date"];
      },
      get "enum"() {
        return load2()["enum"];
      },
      get "literal"() {
        return load2()["literal"];
      },
      get "looseObject"() {
        return load2()["looseObject"];
      },
      get "number"() {
        return load2()["number"];
      },
      get "output"() {
        return load2()["output"];
      },
      get "record"() {
        return load2()["record"];
      },
      get "strictObject"() {
        return load2()["strictObject"];
      },
      get "string"() {
        return load2()["string"];
      },
      get "union"() {
        return load2()["union"];
      },
      get "unknown"() {
        return load2()["unknown"];
      }
    };
  }
});

// gantry-embedded-stub:yaml
var require_yaml = __commonJS({
  "gantry-embedded-stub:yaml"(exports, module) {
    var loaded;
    var load2 = () => loaded ??= (init_loader(), __toCommonJS(loader_exports)).load("gantry-load-embedded:yaml");
    module.exports = {
      get "Alias"() {
        return load2()["Alias"];
      },
      get "CST"() {
        return load2()["CST"];
      },
      get "Composer"() {
        return load2()["Composer"];
      },
      get "Document"() {
        return load2()["Document"];
      },
      get "Lexer"() {
        return load2()["Lexer"];
      },
      get "LineCounter"() {
        return load2()["LineCounter"];
      },
      get "Pair"() {
        return load2()["Pair"];
      },
      get "Parser"() {
        return load2()["Parser"];
      },
      get "Scalar"() {
        return load2()["Scalar"];
      },
      get "Schema"() {
        return load2()["Schema"];
      },
      get "YAMLError"() {
        return load2()["YAMLError"];
      },
      get "YAMLMap"() {
        return load2()["YAMLMap"];
      },
      get "YAMLParseError"() {
        return load2()["YAMLParseError"];
      },
      get "YAMLSeq"() {
        return load2()["YAMLSeq"];
      },
      get "YAMLWarning"() {
        return load2()["YAMLWarning"];
      },
      get "isAlias"() {
        return load2()["isAlias"];
      },
      get "isCollection"() {
        return load2()["isCollection"];
      },
      get "isDocument"() {
        return load2()["isDocument"];
      },
      get "isMap"() {
        return load2()["isMap"];
      },
      get "isNode"() {
        return load2()["isNode"];
      },
      get "isPair"() {
        return load2()["isPair"];
      },
      get "isScalar"() {
        return load2()["isScalar"];
      },
      get "isSeq"() {
        return load2()["isSeq"];
      },
      get "parse"() {
        return load2()["parse"];
      },
      get "parseAllDocuments"() {
        return load2()["parseAllDocuments"];
      },
      get "parseDocument"() {
        return load2()["parseDocument"];
      },
      get "stringify"() {
        return load2()["stringify"];
      },
      get "visit"() {
        return load2()["visit"];
      },
      get "visitAsync"() {
        return load2()["visitAsync"];
      }
    };
  }
});

// builtin-via-require:node:https
var require_node_https = __commonJS({
  "builtin-via-require:node:https"(exports, module) {
    var loaded;
    var load2 = () => loaded ??= __require("node:https");
    module.exports = {
      get "Agent"() {
        return load2()["Agent"];
      },
      get "Server"() {
        return load2()["Server"];
      },
      get "createServer"() {
        return load2()["createServer"];
      },
      get "get"() {
        return load2()["get"];
      },
      get "globalAgent"() {
        return load2()["globalAgent"];
      },
      get "request"() {
        return load2()["request"];
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
  addRaw(text3, addEOL = false) {
    this._buffer += text3;
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
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
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
  addHeading(text3, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text3);
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
  addQuote(text3, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text3, attrs);
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
  addLink(text3, href) {
    const element = this.wrap("a", text3, { href });
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
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
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
    const text3 = shortenRuns(message);
    super(input === void 0 ? text3 : `${input.startsWith("--") ? "Option" : "Input"} '${input}': ${text3}`);
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
async function runAction(main, post2) {
  const isPost = getState("isPost") === "true";
  if (!isPost && post2 !== void 0) saveState("isPost", "true");
  const phase = isPost ? post2 : main;
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

// src/actions/build/main.ts
var import_node_fs8 = __toESM(require_node_fs(), 1);

// src/adapters/buildx.ts
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);

// src/core/build/argv.ts
var imageRefs = (images, tags) => images.flatMap((image) => tags.map((tag) => `${image}:${tag}`));
var secretEnvName = (index) => `GANTRY_BUILD_SECRET_${index}`;
function secretEnv(options) {
  return Object.fromEntries([...options.secrets.values()].map((value, i) => [secretEnvName(i), value]));
}
var scopePart = (text3) => text3.replace(/[^A-Za-z0-9_.-]+/g, "-");
function cacheScope(image, platforms) {
  return [image, ...platforms].map(scopePart).join("-");
}
function cacheArgs(options) {
  const image = options.images[0] ?? "";
  if (options.cache === "none") return [];
  if (options.cache === "gha") {
    const scope = cacheScope(image, options.platforms);
    return ["--cache-from", `type=gha,scope=${scope}`, "--cache-to", `type=gha,mode=max,scope=${scope}`];
  }
  const suffix = options.platforms.length === 0 ? "" : `-${options.platforms.map(scopePart).join("-")}`;
  const ref = `${image}:buildcache${suffix}`;
  return ["--cache-from", `type=registry,ref=${ref}`, "--cache-to", `type=registry,ref=${ref},mode=max`];
}
function commonArgs(plan) {
  const { options } = plan;
  const args = [];
  if (options.file !== void 0) args.push("--file", options.file);
  if (options.target !== void 0) args.push("--target", options.target);
  for (const [key, value] of options.buildArgs) args.push("--build-arg", `${key}=${value}`);
  const labels = { ...plan.labels, ...Object.fromEntries(options.labels) };
  for (const key of Object.keys(labels).sort()) args.push("--label", `${key}=${labels[key]}`);
  return args;
}
function buildxBuildArgv(plan) {
  const { options } = plan;
  const args = ["buildx", "build"];
  if (options.platforms.length > 0) args.push("--platform", options.platforms.join(","));
  args.push(...commonArgs(plan));
  [...options.secrets.keys()].forEach((id, i) => {
    args.push("--secret", `id=${id},env=${secretEnvName(i)}`);
  });
  args.push(...cacheArgs(options));
  args.push(`--provenance=${options.provenance}`, `--sbom=${options.sbom}`);
  if (options.mode === "push-by-digest") {
    args.push(
      "--output",
      `type=image,name=${options.images[0] ?? ""},push-by-digest=true,name-canonical=true,push=true`
    );
  } else {
    for (const ref of imageRefs(options.images, plan.tags)) args.push("--tag", ref);
    if (options.push) args.push("--push");
    else if (options.platforms.length <= 1) args.push("--load");
  }
  args.push("--metadata-file", plan.metadataFile, "--", options.context);
  return args;
}
function classicBuildArgv(plan) {
  const { options } = plan;
  const args = ["build"];
  if (options.platforms.length === 1) args.push("--platform", options.platforms[0] ?? "");
  args.push(...commonArgs(plan));
  for (const ref of imageRefs(options.images, plan.tags)) args.push("--tag", ref);
  args.push("--", options.context);
  return args;
}
var repoDigestArgv = (ref) => [
  "inspect",
  "--format",
  "{{index .RepoDigests 0}}",
  ref
];

// src/core/retry.ts
function exponentialBackoff(failures, firstMs, maxMs) {
  const exponent = Math.max(0, failures - 1);
  return Math.min(firstMs * 2 ** Math.min(exponent, 30), maxMs);
}
async function retry(attempt, policy) {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error2) {
      const wait = policy.delayMs(n, error2);
      if (wait === void 0) throw error2;
      policy.onRetry?.(n, wait, error2);
      await policy.sleep(wait);
    }
  }
}

// src/core/build/results.ts
var DIGEST = /sha256:[0-9a-f]{64}/;
function digestFromPushOutput(stdout) {
  const m = /digest: (sha256:[0-9a-f]{64})/.exec(stdout);
  return m?.[1];
}
function digestFromRepoDigest(text3) {
  return DIGEST.exec(text3.trim())?.[0];
}
function digestFromBuildxMetadata(json) {
  try {
    const data = JSON.parse(json);
    const digest = data["containerimage.digest"];
    return typeof digest === "string" && DIGEST.test(digest) ? digest : void 0;
  } catch {
    return void 0;
  }
}
function isRetryablePushError(text3) {
  const t = text3.toLowerCase();
  if (/unauthorized|denied|authentication required|name_unknown|manifest_invalid|blob_unknown/.test(t))
    return false;
  return /\b(429|500|502|503|504)\b|too many requests|toomanyrequests|internal server error|bad gateway|service unavailable|gateway timeout/.test(
    t
  ) || /connection reset|connection refused|i\/o timeout|unexpected eof|tls handshake timeout|broken pipe/.test(
    t
  ) || // The connection closed before an answer: Go's `Put "<url>": EOF`.
  /": eof\s*$/m.test(t);
}
function backoffMs(attempt, baseMs = 2e3, maxMs = 3e4) {
  return exponentialBackoff(attempt, baseMs, maxMs);
}
var PUSH_ATTEMPTS = 4;

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
function parseList(name, raw) {
  const items = [];
  let current = "";
  let quote;
  let quoted = false;
  const flush = () => {
    const item = quoted ? current : current.trim();
    refuseLong(name, item, `item ${items.length + 1} `);
    refuseControl(
      name,
      item,
      "none",
      "one item per line, with no control characters",
      `item ${items.length + 1} `
    );
    if (item !== "" || quoted) items.push(item);
    current = "";
    quoted = false;
  };
  for (const char of raw) {
    if (quote !== void 0) {
      if (char === quote) quote = void 0;
      else current += char;
    } else if (char === '"' || char === "'") {
      if (current.trim() !== "") {
        throw new ConfigurationError(
          `a quote may only open an item, near ${JSON.stringify(current + char)}`,
          name
        );
      }
      current = "";
      quote = char;
      quoted = true;
    } else if (char === "," || char === "\n") {
      flush();
    } else if (char === "\r") {
    } else if (quoted) {
      if (char.trim() !== "") {
        throw new ConfigurationError(`unexpected text after a closing quote: ${JSON.stringify(char)}`, name);
      }
    } else {
      current += char;
    }
  }
  if (quote !== void 0) throw new ConfigurationError(`unterminated ${quote} quote`, name);
  flush();
  return items;
}
function parseLines(name, raw) {
  const lines = raw.split(/\r?\n/).map((line2) => line2.trim()).filter((line2) => line2 !== "" && !line2.startsWith("#"));
  for (const [index, line2] of lines.entries()) {
    refuseControl(name, line2, "tab", "lines with no control characters but tabs", `line ${index + 1} `);
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
  const number2 = Number(value);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds;
  if (number2 < min || number2 > max) {
    throw new ConfigurationError(`expected a whole number from ${min} to ${max}, got ${number2}`, name);
  }
  return number2;
}
function parseMap(name, raw) {
  const map = /* @__PURE__ */ new Map();
  for (const [index, line2] of parseLines(name, raw).entries()) {
    const at = line2.indexOf("=");
    if (at <= 0) {
      throw new ConfigurationError(
        `expected KEY=value lines, but line ${index + 1} ${at === 0 ? "has an empty key" : "has no ="} (line not shown: it may hold a secret)`,
        name
      );
    }
    const key = line2.slice(0, at).trim();
    if (map.has(key)) throw new ConfigurationError(`key ${key} is given twice`, name);
    map.set(key, line2.slice(at + 1));
  }
  return map;
}

// src/adapters/exec.ts
var ToolError = class extends Error {
  name = "ToolError";
  command;
  exitCode;
  stderr;
  constructor(message, command, exitCode, stderr) {
    super(message);
    this.command = command;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
};
var lastLine = (text3) => text3.split("\n").map((l) => l.trim()).filter(Boolean).at(-1);
function redact(text3, secrets = []) {
  let out = text3;
  for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join("***");
  }
  return out;
}
var hasControl = (text3) => [...text3].some(isControlChar);
var ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t", "\\": "\\\\", "'": "\\'" };
function quoteArg(arg) {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  if (!hasControl(arg)) return `'${arg.replace(/'/g, `'\\''`)}'`;
  const escaped = [...arg].map((char) => {
    if (ESCAPES[char] !== void 0) return ESCAPES[char];
    if (!isControlChar(char)) return char;
    const code = char.codePointAt(0) ?? 0;
    return code > 255 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\x${code.toString(16).padStart(2, "0")}`;
  }).join("");
  return `$'${escaped}'`;
}
var formatCommand = (file2, args, secrets = []) => (
  // An argument with a control character is redacted before it is quoted (quoting escapes a secret's
  // newline, which would then no longer match), then the whole line as before.
  redact(
    [file2, ...args].map((arg) => quoteArg(hasControl(arg) ? redact(arg, secrets) : arg)).join(" "),
    secrets
  )
);
var MAX_STDERR = 4e3;
function trimmed(text3) {
  const value = text3.trim();
  return value.length > MAX_STDERR ? `\u2026${value.slice(-MAX_STDERR)}` : value;
}
async function exec(file2, args, options = {}) {
  const secrets = options.secrets ?? [];
  const command = formatCommand(file2, args, secrets);
  options.log?.(`$ ${command}`);
  const { execa } = await Promise.resolve().then(() => __toESM(require_execa(), 1));
  const result = await execa(file2, [...args], {
    reject: false,
    shell: false,
    stripFinalNewline: true,
    ...options.input === void 0 ? { stdin: "ignore" } : { input: options.input },
    ...options.env === void 0 ? {} : { env: options.env },
    ...options.cwd === void 0 ? {} : { cwd: options.cwd },
    ...options.timeoutMs === void 0 ? {} : { timeout: options.timeoutMs },
    ...options.signal === void 0 ? {} : { cancelSignal: options.signal },
    forceKillAfterDelay: 5e3
  });
  const stdout = typeof result.stdout === "string" ? result.stdout : "";
  const stderr = typeof result.stderr === "string" ? result.stderr : "";
  const exitCode = result.exitCode ?? -1;
  if (result.failed && !(options.allowFailure && result.exitCode !== void 0 && !result.timedOut)) {
    const why = result.timedOut ? `timed out after ${options.timeoutMs} ms` : result.isCanceled ? "was cancelled" : result.exitCode === void 0 ? `could not run (${redact(result.originalMessage || result.shortMessage || "unknown error", secrets)})` : `exited with code ${result.exitCode}`;
    const detail = trimmed(redact(stderr || stdout, secrets));
    throw new ToolError(
      `${command} ${why}${detail ? `:
${detail}` : ""}`,
      command,
      result.exitCode,
      redact(stderr, secrets)
    );
  }
  return { command, exitCode, stdout, stderr: redact(stderr, secrets) };
}
async function execStream(file2, args, options) {
  const secrets = options.secrets ?? [];
  const command = formatCommand(file2, args, secrets);
  options.log?.(`$ ${command}`);
  if (options.signal?.aborted) return { cancelled: true };
  const { spawn: spawn4 } = await import("node:child_process");
  return new Promise((resolve2, reject) => {
    const child2 = spawn4(file2, [...args], {
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      shell: false
    });
    let stderr = "";
    let cancelled = false;
    const onAbort = () => {
      cancelled = true;
      child2.kill("SIGTERM");
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
    child2.stdout.setEncoding("utf8").on("data", (chunk) => options.onStdout(chunk));
    child2.stderr.setEncoding("utf8").on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-MAX_STDERR);
      options.onStderr(chunk);
    });
    child2.on("error", (error2) => {
      options.signal?.removeEventListener("abort", onAbort);
      reject(
        new ToolError(`${command} could not run (${redact(error2.message, secrets)})`, command, void 0, "")
      );
    });
    child2.on("close", (code) => {
      options.signal?.removeEventListener("abort", onAbort);
      if (cancelled || code === 0) resolve2({ cancelled });
      else {
        const detail = lastLine(redact(stderr, secrets));
        reject(
          new ToolError(
            `${command} exited with code ${code}${detail ? `: ${detail}` : ""}`,
            command,
            code ?? void 0,
            redact(stderr, secrets)
          )
        );
      }
    });
  });
}

// src/adapters/buildx.ts
async function hasBuildx(client) {
  const result = await client.run(["buildx", "version"], { allowFailure: true, timeoutMs: 3e4 }).catch(() => void 0);
  return result !== void 0 && result.exitCode === 0;
}
var realSleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
async function runWithRegistryRetry(client, args, extra = {}, retry2 = {}) {
  const attempts = retry2.attempts ?? PUSH_ATTEMPTS;
  return retry(() => client.run(args, extra), {
    delayMs: (attempt, error2) => error2 instanceof ToolError && error2.exitCode !== void 0 && attempt < attempts && isRetryablePushError(`${error2.stderr}
${error2.message}`) ? backoffMs(attempt, retry2.baseMs) : void 0,
    sleep: retry2.sleep ?? realSleep,
    onRetry: (attempt, wait) => retry2.log?.(`registry busy or unreachable (attempt ${attempt} of ${attempts}); retrying in ${wait} ms`)
  });
}
async function pushImage(client, ref, retry2 = {}) {
  const result = await runWithRegistryRetry(client, ["push", ref], { timeoutMs: 6e5 }, retry2);
  return digestFromPushOutput(result.stdout);
}
function checkClassicBuilder(options) {
  if (options.platforms.length > 1)
    throw new ConfigurationError(
      `building ${options.platforms.length} platforms needs docker buildx, which is not installed here (set up buildx, e.g. docker/setup-buildx-action, or build one platform per job)`,
      "platforms"
    );
  if (options.mode === "push-by-digest")
    throw new ConfigurationError(
      "mode: push-by-digest needs docker buildx, which is not installed here",
      "mode"
    );
  if (options.secrets.size > 0)
    throw new ConfigurationError(
      "BuildKit build secrets need docker buildx, which is not installed here",
      "secrets"
    );
  if (options.provenance)
    throw new ConfigurationError(
      "attestations need docker buildx, which is not installed here",
      "provenance"
    );
  if (options.sbom)
    throw new ConfigurationError("attestations need docker buildx, which is not installed here", "sbom");
}
async function executeBuild(client, options, meta, buildx, effects) {
  const retry2 = { log: effects.info, ...effects.retry };
  if (options.mode === "merge")
    throw new Error("mode: merge is not a build: it runs through runMerge (src/pipeline/build/merge.ts)");
  if (buildx) {
    const dir = (0, import_node_fs2.mkdtempSync)(import_node_path2.default.join((0, import_node_os.tmpdir)(), "gantry-buildx-"));
    const metadataFile = import_node_path2.default.join(dir, "metadata.json");
    try {
      const argv = buildxBuildArgv({ options, tags: meta.tags, labels: meta.labels, metadataFile });
      await runWithRegistryRetry(
        client,
        argv,
        { vars: secretEnv(options), secrets: [...options.secrets.values()], timeoutMs: 36e5 },
        retry2
      );
      let metadata = {};
      try {
        metadata = JSON.parse((0, import_node_fs2.readFileSync)(metadataFile, "utf8"));
      } catch {
      }
      const pushed = options.mode === "push-by-digest" || options.push;
      const digest2 = pushed ? digestFromBuildxMetadata(JSON.stringify(metadata)) : void 0;
      const refs2 = options.mode === "push-by-digest" ? [] : imageRefs(options.images, meta.tags);
      return { builder: "buildx", digest: digest2, refs: refs2, metadata };
    } finally {
      (0, import_node_fs2.rmSync)(dir, { recursive: true, force: true });
    }
  }
  checkClassicBuilder(options);
  const refs = imageRefs(options.images, meta.tags);
  await client.run(classicBuildArgv({ options, tags: meta.tags, labels: meta.labels, metadataFile: "" }), {
    timeoutMs: 36e5
  });
  if (!options.push) return { builder: "docker build", digest: void 0, refs, metadata: {} };
  const digests = /* @__PURE__ */ new Map();
  for (const ref of refs) digests.set(ref, await pushImage(client, ref, retry2));
  const first = refs[0] ?? "";
  let digest = digests.get(first);
  if (digest === void 0) {
    const inspected = await client.run(repoDigestArgv(first), { timeoutMs: 6e4 });
    digest = digestFromRepoDigest(inspected.stdout);
  }
  return {
    builder: "docker build",
    digest,
    refs,
    metadata: {
      "containerimage.digest": digest,
      "image.name": refs.join(","),
      pushed: Object.fromEntries(digests)
    }
  };
}

// src/adapters/docker.ts
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_node_http = __toESM(require_node_http(), 1);
var import_node_net = __toESM(require_node_net(), 1);
var import_node_stream = __toESM(require_node_stream(), 1);

// src/core/connection/engine-dial.ts
var SSH_ALIAS = /^ssh:\/\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;
function engineDial(dockerHost) {
  if (dockerHost?.startsWith("unix://") && dockerHost.length > "unix://".length)
    return { kind: "socket", path: dockerHost.slice("unix://".length) };
  const alias = SSH_ALIAS.exec(dockerHost ?? "")?.[1];
  if (alias !== void 0)
    return {
      kind: "process",
      command: "ssh",
      args: ["-o", "ConnectTimeout=30", "-T", "--", alias, "docker", "system", "dial-stdio"]
    };
  return { kind: "process", command: "docker", args: ["system", "dial-stdio"] };
}

// src/adapters/docker.ts
var API_CONNECTIONS = 4;
var EngineError = class extends Error {
  name = "EngineError";
  status;
  constructor(message, status) {
    super(message);
    this.status = status;
  }
};
function defineDialStdioAgent() {
  return class DialStdioAgent extends import_node_http.default.Agent {
    env;
    children = /* @__PURE__ */ new Set();
    stderr = "";
    constructor(env, connections) {
      super({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections, scheduling: "lifo" });
      this.env = env;
    }
    createConnection() {
      this.stderr = "";
      const dial = engineDial(this.env.DOCKER_HOST);
      if (dial.kind === "socket") return import_node_net.default.connect(dial.path);
      const child2 = (0, import_node_child_process.spawn)(dial.command, dial.args, {
        env: this.env,
        stdio: ["pipe", "pipe", "pipe"]
      });
      this.children.add(child2);
      child2.stderr.on("data", (chunk) => {
        this.stderr = (this.stderr + chunk.toString()).slice(-4e3);
      });
      const socket = import_node_stream.Duplex.from({ readable: child2.stdout, writable: child2.stdin });
      Object.assign(socket, {
        setKeepAlive: () => socket,
        setNoDelay: () => socket,
        setTimeout: () => socket,
        ref: () => socket,
        unref: () => socket
      });
      socket.on("close", () => child2.kill());
      child2.on("exit", () => {
        this.children.delete(child2);
        socket.destroy();
      });
      return socket;
    }
    destroy() {
      super.destroy();
      for (const child2 of this.children) child2.kill();
    }
  };
}
var dialStdioAgentClass;
var DockerClient = class {
  options;
  /** Engine API requests made (the benchmarks count round trips). */
  apiRequests = 0;
  agent;
  constructor(options) {
    this.options = options;
  }
  /** Ends the kept-alive Engine API connection (call when the run is done). */
  close() {
    this.agent?.destroy();
    this.agent = void 0;
  }
  /**
   * Runs `docker <args>`; stdin (`input`) is how secret values reach the engine. `vars` are extra
   * environment variables (stack-file interpolation); they never override DOCKER_HOST, PATH or
   * DOCKER_CONFIG of this client.
   */
  run(args, extra = {}) {
    const { vars, ...rest } = extra;
    return exec("docker", args, {
      env: { ...process.env, ...vars, ...this.options.env },
      secrets: [...this.options.secrets ?? [], ...rest.secrets ?? []],
      ...this.options.log === void 0 ? {} : { log: this.options.log },
      ...this.options.signal === void 0 ? {} : { signal: this.options.signal },
      timeoutMs: this.options.timeoutMs ?? 12e4,
      ...rest
    });
  }
  /**
   * Runs `docker <args>` on this engine (the same DOCKER_HOST: over the one SSH session when
   * remote) and hands its output over as it comes: `docker service logs --follow`.
   */
  stream(args, handlers) {
    return execStream("docker", args, {
      env: { ...process.env, ...this.options.env },
      secrets: this.options.secrets ?? [],
      ...this.options.log === void 0 ? {} : { log: this.options.log },
      ...this.options.signal === void 0 ? {} : { signal: this.options.signal },
      ...handlers
    });
  }
  /**
   * Follows the engine's event stream (`GET /events?\u{2026}`, on a connection of its own): `onEvent` for
   * each event as it comes, until `close()`, the run's cancellation, or the stream's end (the
   * connection lost, the engine gone); `ended` settles then, never rejects. Events only say when
   * to look again: what they say is read from the engine, not trusted from them.
   */
  events(path15, onEvent) {
    this.apiRequests += 1;
    const agent = this.connect();
    let request;
    const ended = new Promise((resolve2) => {
      const done = () => {
        this.options.signal?.removeEventListener("abort", close);
        resolve2();
      };
      const close = () => {
        request?.destroy();
        done();
      };
      this.options.signal?.addEventListener("abort", close, { once: true });
      request = import_node_http.default.request({ agent, method: "GET", path: path15, headers: { host: "docker" } }, (response) => {
        if ((response.statusCode ?? 0) >= 400) {
          response.resume();
          close();
          return;
        }
        let buffered = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => {
          buffered += chunk;
          const lines = buffered.split("\n");
          buffered = lines.pop() ?? "";
          for (const line2 of lines) {
            try {
              if (line2.trim() !== "") onEvent(JSON.parse(line2));
            } catch {
            }
          }
        });
        response.on("end", done);
        response.on("error", done);
        response.on("close", done);
      });
      request.on("error", done);
      request.on("close", done);
      request.end();
    });
    return { ended, close: () => request?.destroy() };
  }
  /** The agent that opens (and keeps) this client's Engine API connections. */
  connect() {
    dialStdioAgentClass ??= defineDialStdioAgent();
    this.agent ??= new dialStdioAgentClass(
      { ...process.env, ...this.options.env },
      Math.max(1, this.options.connections ?? API_CONNECTIONS)
    );
    return this.agent;
  }
  /** One Engine API request; JSON in and out. */
  api(method, path15, body) {
    this.apiRequests += 1;
    const timeoutMs = this.options.timeoutMs ?? 12e4;
    const agent = this.connect();
    return new Promise((resolve2, reject) => {
      const payload = body === void 0 ? void 0 : JSON.stringify(body);
      let settled = false;
      const finish = (error2, value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.options.signal?.removeEventListener("abort", onAbort);
        if (error2) reject(error2);
        else resolve2(value);
      };
      const request = import_node_http.default.request(
        {
          agent,
          method,
          path: path15,
          headers: {
            host: "docker",
            ...payload === void 0 ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }
          }
        },
        (response) => {
          const chunks = [];
          response.on("data", (chunk) => chunks.push(chunk));
          response.on("end", () => {
            const text3 = Buffer.concat(chunks).toString("utf8");
            const status = response.statusCode ?? 0;
            if (status >= 400) {
              let message = text3.trim();
              try {
                message = JSON.parse(text3).message ?? message;
              } catch {
              }
              finish(new EngineError(`Engine API ${method} ${path15}: ${status} ${message}`, status));
              return;
            }
            try {
              finish(void 0, text3 === "" ? void 0 : JSON.parse(text3));
            } catch {
              finish(new Error(`Engine API ${method} ${path15}: answer is not JSON: ${text3.slice(0, 200)}`));
            }
          });
        }
      );
      const timer = setTimeout(() => {
        request.destroy();
        finish(
          new ToolError(
            `Engine API ${method} ${path15} timed out after ${timeoutMs} ms`,
            "docker system dial-stdio",
            void 0,
            agent.stderr
          )
        );
      }, timeoutMs);
      const onAbort = () => {
        request.destroy();
        finish(new Error("cancelled"));
      };
      this.options.signal?.addEventListener("abort", onAbort, { once: true });
      request.on(
        "error",
        (error2) => finish(
          new ToolError(
            `Engine API ${method} ${path15} failed: ${agent.stderr.trim() || error2.message}`,
            "docker system dial-stdio",
            void 0,
            agent.stderr
          )
        )
      );
      request.end(payload);
    });
  }
};

// src/adapters/docker-config.ts
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);
function createDockerConfig(baseDir) {
  (0, import_node_fs3.mkdirSync)(baseDir, { recursive: true });
  const dir = (0, import_node_fs3.mkdtempSync)(import_node_path3.default.join(baseDir, "gantry-docker-config-"));
  (0, import_node_fs3.chmodSync)(dir, 448);
  return dir;
}
var REFUSED = /unauthorized|denied|incorrect username or password|authentication required|\b401\b/i;
async function login(client, options) {
  const input = options.passwordInput ?? "registry-password";
  try {
    await client.run(["login", "--username", options.username, "--password-stdin", "--", options.registry], {
      input: options.password,
      secrets: [options.password],
      timeoutMs: 6e4
    });
  } catch (error2) {
    if (error2 instanceof ToolError && error2.exitCode !== void 0) {
      const said = lastLine(error2.stderr || error2.message) ?? "nothing";
      if (REFUSED.test(error2.stderr || error2.message)) {
        throw new ConfigurationError(
          `${options.registry} refused the login of ${options.username}; check the password or token (docker said: ${said})`,
          input
        );
      }
      throw new ConfigurationError(
        `could not log in to ${options.registry} (docker said: ${said})`,
        "registry"
      );
    }
    throw error2;
  }
}
async function removeDockerConfig(dir, registries = []) {
  if (dir === "") return;
  for (const registry of registries) {
    await exec("docker", ["logout", registry], {
      env: { ...process.env, DOCKER_CONFIG: dir },
      allowFailure: true,
      timeoutMs: 3e4
    }).catch(() => void 0);
  }
  (0, import_node_fs3.rmSync)(dir, { recursive: true, force: true });
}

// src/core/build/metadata.ts
var SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
function parseSemVer(text3) {
  const m = SEMVER.exec(text3);
  if (m === null) return void 0;
  return {
    major: m[1] ?? "0",
    minor: m[2] ?? "0",
    patch: m[3] ?? "0",
    prerelease: m[4],
    build: m[5]
  };
}
var TAG_MAX = 128;
function sanitizeTag(text3) {
  const tag = text3.toLowerCase().replace(/[^a-z0-9_.-]+/g, "-").replace(/^[.-]+/, "").slice(0, TAG_MAX).replace(/[.-]+$/, "");
  return tag;
}
var TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function checkTag(input, tag) {
  if (!TAG_PATTERN.test(tag)) {
    throw new ConfigurationError(
      `${JSON.stringify(tag)} is not a valid docker tag (letters, digits, _ . -; not starting with . or -; at most 128)`,
      input
    );
  }
  return tag;
}
var COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var HOST = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?";
var NAME = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*$`);
function normalizeImageName(input, raw) {
  const value = raw.trim();
  if (value === "") throw new ConfigurationError("an image name is empty", input);
  if (/@|:[^/]*$/.test(value.replace(/^[^/]*:\d+\//, "")))
    throw new ConfigurationError(
      `${JSON.stringify(value)}: give the name without a tag or digest (tags come from the git ref and \`tags\`)`,
      input
    );
  const slash = value.indexOf("/");
  const first = slash < 0 ? "" : value.slice(0, slash);
  const isHost2 = first !== "" && (/[.:]/.test(first) || first === "localhost");
  const name = isHost2 ? `${first}/${value.slice(slash + 1).toLowerCase()}` : value.toLowerCase();
  if (!NAME.test(name) || name.length > 255) {
    throw new ConfigurationError(
      `${JSON.stringify(value)} is not a valid image name (lowercase letters, digits and separators . _ -, components joined by /)`,
      input
    );
  }
  return name;
}
var refKind = (ref) => {
  if (ref.startsWith("refs/tags/")) return { kind: "tag", name: ref.slice("refs/tags/".length) };
  if (ref.startsWith("refs/heads/")) return { kind: "branch", name: ref.slice("refs/heads/".length) };
  const pull = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref);
  if (pull) return { kind: "pull", name: pull[1] ?? "" };
  return { kind: "other", name: ref };
};
var yyyymmdd = (d) => `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}`;
var isPullEvent = (event) => event === "pull_request" || event === "pull_request_target";
function computeMetadata(git, options, title) {
  const revision = isPullEvent(git.eventName) && git.pullRequest?.headSha || git.sha;
  if (!/^[0-9a-f]{7,64}$/i.test(revision)) {
    throw new ConfigurationError(`GITHUB_SHA ${JSON.stringify(revision)} is not a commit SHA`, "GITHUB_SHA");
  }
  const tags = [];
  let version;
  let stableRelease = false;
  const ref = refKind(git.ref);
  if (git.eventName === "schedule") {
    version = `schedule-${yyyymmdd(git.now)}`;
    tags.push(version);
  } else if (isPullEvent(git.eventName) || ref.kind === "pull") {
    const number2 = git.pullRequest?.number ?? (ref.kind === "pull" ? Number(ref.name) : void 0);
    if (number2 !== void 0 && Number.isInteger(number2) && number2 > 0) {
      version = `pr-${number2}`;
      tags.push(version);
    }
  } else if (ref.kind === "tag") {
    const semver = parseSemVer(ref.name);
    if (semver !== void 0) {
      const core = `${semver.major}.${semver.minor}.${semver.patch}`;
      const full = `${core}${semver.prerelease ? `-${semver.prerelease}` : ""}`;
      version = `${full}${semver.build ? `+${semver.build}` : ""}`;
      tags.push(semver.build ? `${full}-${semver.build}` : full);
      if (semver.prerelease === void 0) {
        stableRelease = true;
        if (semver.build) tags.push(core);
        tags.push(`${semver.major}.${semver.minor}`, semver.major);
      }
    } else {
      const tag = sanitizeTag(ref.name);
      if (tag !== "") {
        version = tag;
        tags.push(tag);
      }
    }
  } else if (ref.kind === "branch") {
    const tag = sanitizeTag(ref.name);
    if (tag !== "") {
      version = tag;
      tags.push(tag);
    }
  }
  const sha = `sha-${revision.slice(0, 7).toLowerCase()}`;
  tags.push(sha);
  if (options.tagLatest && stableRelease) tags.push("latest");
  for (const extra of options.extra) tags.push(extra);
  const unique = [...new Set(tags)];
  const labels = {
    "org.opencontainers.image.created": git.now.toISOString(),
    "org.opencontainers.image.revision": revision,
    "org.opencontainers.image.version": version ?? sha,
    "org.opencontainers.image.title": title
  };
  if (git.sourceUrl) labels["org.opencontainers.image.source"] = git.sourceUrl;
  if (git.licenses) labels["org.opencontainers.image.licenses"] = git.licenses;
  return { tags: unique, version: version ?? sha, revision, labels: sortKeys(labels) };
}
var sortKeys = (record2) => Object.fromEntries(Object.entries(record2).sort(([a], [b]) => a.localeCompare(b)));
var imageTitle = (image) => image.split("/").at(-1) ?? image;
function gitContextFromEnv(env, event, now) {
  const payload = event ?? {};
  const pr = payload.pull_request;
  const spdx = payload.repository?.license?.spdx_id;
  const context = {
    ref: env.GITHUB_REF ?? "",
    sha: env.GITHUB_SHA ?? "",
    eventName: env.GITHUB_EVENT_NAME ?? "",
    now
  };
  if (pr && typeof pr.number === "number" && typeof pr.head?.sha === "string") {
    context.pullRequest = { number: pr.number, headSha: pr.head.sha };
  }
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY)
    context.sourceUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
  if (typeof spdx === "string" && spdx !== "NOASSERTION") context.licenses = spdx;
  return context;
}

// src/core/registry/reference.ts
var DOCKER_HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var DIGEST2 = /^sha256:[a-f0-9]{64}$/;
var isHost = (first) => /[.:]/.test(first) || first === "localhost";
function isValidHost(host) {
  const match = /^(?:((?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])(?:\.(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]))*)|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?$/.exec(
    host
  );
  if (match === null) return false;
  const port = match[2];
  return port === void 0 || Number(port) >= 1 && Number(port) <= 65535;
}
function parseImageReference(raw) {
  const value = raw.trim();
  let name = value;
  let reference = "latest";
  const at = value.indexOf("@");
  if (at >= 0) {
    name = value.slice(0, at);
    reference = value.slice(at + 1);
    if (!DIGEST2.test(reference)) return `${JSON.stringify(raw)}: expected a sha256:<64 hex> digest after @`;
    const colon = name.lastIndexOf(":");
    if (colon > name.lastIndexOf("/")) name = name.slice(0, colon);
  } else {
    const colon = value.lastIndexOf(":");
    if (colon > value.lastIndexOf("/")) {
      name = value.slice(0, colon);
      reference = value.slice(colon + 1);
      if (!TAG.test(reference))
        return `${JSON.stringify(raw)}: ${JSON.stringify(reference)} is not a valid tag`;
    }
  }
  const slash = name.indexOf("/");
  const first = slash < 0 ? "" : name.slice(0, slash);
  const registry = isHost(first) ? first : "docker.io";
  if (isHost(first) && !isValidHost(first))
    return `${JSON.stringify(raw)}: ${JSON.stringify(first)} is not a valid registry host`;
  let repository = isHost(first) ? name.slice(slash + 1) : name;
  if (repository === "" || !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository))
    return `${JSON.stringify(raw)}: ${JSON.stringify(repository)} is not a valid repository name`;
  const hub = DOCKER_HUB.has(registry);
  if (hub && !repository.includes("/")) repository = `library/${repository}`;
  return {
    registry: hub ? "docker.io" : registry,
    apiHost: hub ? "registry-1.docker.io" : registry,
    repository,
    reference
  };
}
function checkRegistryHost(input, raw) {
  const value = raw.trim();
  if (!isValidHost(value)) {
    throw new ConfigurationError(
      `expected a registry host such as ghcr.io or 127.0.0.1:5000, got ${JSON.stringify(value)}`,
      input
    );
  }
  return value;
}
function isLoopbackHost(hostPort) {
  const host = hostPort.startsWith("[") ? hostPort.slice(1, hostPort.indexOf("]")) : hostPort.replace(/:\d+$/, "");
  const lower = host.toLowerCase();
  return lower === "localhost" || lower === "::1" || /^127(?:\.\d{1,3}){3}$/.test(lower);
}
var MANIFEST_ACCEPT = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json"
].join(", ");

// src/core/build/options.ts
var BUILD_INPUTS = [
  "image",
  "context",
  "file",
  "platforms",
  "push",
  "build-args",
  "secrets",
  "target",
  "cache",
  "provenance",
  "sbom",
  "tags",
  "tag-latest",
  "labels",
  "registry",
  "registry-username",
  "registry-password",
  "mode",
  "digests"
];
var PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
var DIGEST3 = /^sha256:[0-9a-f]{64}$/;
var STAGE_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,127}$/;
var ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var SECRET_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
var LABEL_KEY = /^[A-Za-z][A-Za-z0-9_./-]*$/;
function keysMatching(name, raw, pattern, what) {
  const map = parseMap(name, raw ?? "");
  for (const key of map.keys())
    if (!pattern.test(key)) throw new ConfigurationError(`${JSON.stringify(key)} is not ${what}`, name);
  return map;
}
var bool = (raw, name, fallback) => {
  const value = raw[name] ?? "";
  return value.trim() === "" ? fallback : parseBoolean(name, value);
};
function parseBuildOptions(raw) {
  const modeRaw = (raw.mode ?? "").trim() || "build";
  if (modeRaw !== "build" && modeRaw !== "push-by-digest" && modeRaw !== "merge") {
    throw new ConfigurationError(
      `expected build, push-by-digest or merge, got ${JSON.stringify(modeRaw)}`,
      "mode"
    );
  }
  const mode = modeRaw;
  const images = parseList("image", raw.image ?? "").map((name) => normalizeImageName("image", name));
  if (images.length === 0) throw new ConfigurationError("is required: one or more image names", "image");
  if (new Set(images).size !== images.length)
    throw new ConfigurationError("an image is given twice", "image");
  const platforms = parseList("platforms", raw.platforms ?? "").map((p) => {
    const value = p.trim().toLowerCase();
    if (!PLATFORM.test(value))
      throw new ConfigurationError(
        `expected os/arch[/variant] such as linux/amd64, got ${JSON.stringify(p)}`,
        "platforms"
      );
    return value;
  });
  const cacheRaw = (raw.cache ?? "").trim() || "gha";
  if (cacheRaw !== "gha" && cacheRaw !== "registry" && cacheRaw !== "none") {
    throw new ConfigurationError(`expected gha, registry or none, got ${JSON.stringify(cacheRaw)}`, "cache");
  }
  const secrets = parseMap("secrets", raw.secrets ?? "");
  for (const id of secrets.keys()) {
    if (!SECRET_ID.test(id))
      throw new ConfigurationError(
        `secret id ${JSON.stringify(id)} may only hold letters, digits, _ . - (starting with a letter or _)`,
        "secrets"
      );
  }
  const buildArgs = keysMatching("build-args", raw["build-args"], ARG_NAME, "a build argument name");
  const labels = keysMatching("labels", raw.labels, LABEL_KEY, "a label key");
  const extraTags = parseList("tags", raw.tags ?? "").map((t) => checkTag("tags", t.trim()));
  const push = bool(raw, "push", false);
  const registry = (raw.registry ?? "").trim() || void 0;
  const registryUsername = (raw["registry-username"] ?? "").trim() || void 0;
  const registryPassword = (raw["registry-password"] ?? "") || void 0;
  if (registryPassword !== void 0 && registryUsername === void 0)
    throw new ConfigurationError("is required with registry-password", "registry-username");
  if (registryUsername !== void 0 && registryPassword === void 0)
    throw new ConfigurationError("is required with registry-username", "registry-password");
  if (registry !== void 0) checkRegistryHost("registry", registry);
  const digests = parseList("digests", raw.digests ?? "").map((d) => {
    const value = d.trim();
    if (!DIGEST3.test(value))
      throw new ConfigurationError(`expected sha256:<64 hex> digests, got ${JSON.stringify(d)}`, "digests");
    return value;
  });
  if (mode === "merge" && digests.length === 0)
    throw new ConfigurationError(
      "is required with mode: merge (the digest output of each push-by-digest job)",
      "digests"
    );
  if (mode !== "merge" && digests.length > 0)
    throw new ConfigurationError("is only used with mode: merge", "digests");
  if (mode === "push-by-digest") {
    if (platforms.length !== 1)
      throw new ConfigurationError(
        "mode: push-by-digest builds exactly one platform per job (e.g. linux/arm64)",
        "platforms"
      );
    if (images.length !== 1)
      throw new ConfigurationError(
        "mode: push-by-digest pushes one image name (merge adds the others)",
        "image"
      );
  }
  if (mode === "merge" && images.length !== 1)
    throw new ConfigurationError("mode: merge joins the digests of one image name", "image");
  const file2 = (raw.file ?? "").trim() || void 0;
  const target = (raw.target ?? "").trim() || void 0;
  if (target !== void 0 && !STAGE_NAME.test(target))
    throw new ConfigurationError(
      `${JSON.stringify(target)} is not a stage name (a letter, then letters, digits, _ . -; at most 128)`,
      "target"
    );
  return {
    images,
    context: (raw.context ?? "").trim() || ".",
    file: file2,
    platforms,
    push: mode === "build" ? push : true,
    buildArgs,
    secrets,
    target,
    cache: cacheRaw,
    provenance: bool(raw, "provenance", false),
    sbom: bool(raw, "sbom", false),
    extraTags,
    tagLatest: bool(raw, "tag-latest", false),
    labels,
    registry,
    registryUsername,
    registryPassword,
    mode,
    digests
  };
}
function registryOf(options) {
  if (options.registry !== void 0) return options.registry;
  const first = options.images[0] ?? "";
  const slash = first.indexOf("/");
  const host = slash < 0 ? "" : first.slice(0, slash);
  return /[.:]/.test(host) || host === "localhost" ? host : "docker.io";
}

// src/core/build/result-json.ts
function buildResultJson(options, meta, result) {
  return {
    mode: options.mode,
    builder: result.builder,
    images: options.images,
    tags: meta.tags,
    refs: result.refs,
    version: meta.version,
    revision: meta.revision,
    labels: { ...meta.labels, ...Object.fromEntries(options.labels) },
    platforms: options.platforms,
    pushed: options.push,
    digest: result.digest ?? null,
    buildx: result.metadata
  };
}

// src/core/build/summary.ts
function buildSummaryMarkdown(report) {
  const rows = [
    ["mode", report.mode],
    ["builder", report.builder === "registry" ? "Gantry\u2019s registry client (no buildx)" : report.builder],
    ["platforms", report.platforms.join(", ") || "the engine\u2019s own"],
    ["pushed", report.pushed ? "yes" : "no"],
    ["digest", report.digest ? `\`${report.digest}\`` : "\u2014"],
    ["image ref", report.imageRef ? `\`${report.imageRef}\`` : "\u2014"]
  ];
  const tagLines = report.images.flatMap((image) => report.tags.map((tag) => `- \`${image}:${tag}\``));
  return [
    report.mode === "merge" ? `### Merged ${report.platforms.join(", ")} into ${report.images.join(", ")}` : `### ${report.pushed ? "Built and pushed" : "Built"} ${report.images.join(", ")}`,
    "",
    "| | |",
    "|---|---|",
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    "",
    tagLines.length > 0 ? "**Tags**" : "",
    ...tagLines,
    ""
  ].join("\n");
}

// src/adapters/docker-credentials.ts
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_node_os2 = __toESM(require_node_os(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);

// src/core/registry/docker-auth.ts
var DOCKER_HUB_SERVER = "https://index.docker.io/v1/";
var HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function keyHost(key) {
  return key.replace(/^[a-z]+:\/\//i, "").replace(/\/.*$/, "").toLowerCase();
}
var sameRegistry = (key, registry) => {
  const host = keyHost(key);
  const wanted = registry.toLowerCase();
  return host === wanted || HUB.has(wanted) && HUB.has(host);
};
function fromAuths(auths, registry) {
  if (!isRecord(auths)) return void 0;
  const key = Object.keys(auths).find((k) => sameRegistry(k, registry));
  const entry = key === void 0 ? void 0 : auths[key];
  if (!isRecord(entry)) return void 0;
  if (typeof entry.identitytoken === "string" && entry.identitytoken !== "")
    return { kind: "unsupported", why: `the docker login for ${registry} is an identity token` };
  if (typeof entry.auth === "string" && entry.auth !== "") {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0)
      return { kind: "unsupported", why: `the docker login for ${registry} is not user:password` };
    return { kind: "basic", username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (typeof entry.username === "string" && typeof entry.password === "string" && entry.username !== "")
    return { kind: "basic", username: entry.username, password: entry.password };
  return void 0;
}
function dockerAuthFor(configText, registry) {
  let config;
  try {
    config = JSON.parse(configText);
  } catch {
    return { kind: "unsupported", why: "the docker config is not JSON" };
  }
  if (!isRecord(config)) return void 0;
  const serverUrl = HUB.has(registry.toLowerCase()) ? DOCKER_HUB_SERVER : registry;
  const helpers = isRecord(config.credHelpers) ? config.credHelpers : {};
  const helperKey = Object.keys(helpers).find((k) => sameRegistry(k, registry));
  const helper = helperKey === void 0 ? void 0 : helpers[helperKey];
  if (typeof helper === "string" && helper !== "") return { kind: "helper", helper, serverUrl };
  if (typeof config.credsStore === "string" && config.credsStore !== "")
    return { kind: "helper", helper: config.credsStore, serverUrl };
  return fromAuths(config.auths, registry);
}
function parseHelperAnswer(text3) {
  let body;
  try {
    body = JSON.parse(text3);
  } catch {
    return "answered no JSON";
  }
  if (!isRecord(body) || typeof body.Username !== "string" || typeof body.Secret !== "string")
    return "answered without Username and Secret";
  if (body.Username === "<token>") return "holds an identity token";
  return { username: body.Username, password: body.Secret };
}

// src/adapters/docker-credentials.ts
async function dockerLoginFor(registry, env, log) {
  const dir = env.DOCKER_CONFIG || import_node_path4.default.join(env.HOME || (0, import_node_os2.homedir)(), ".docker");
  const file2 = import_node_path4.default.join(dir, "config.json");
  if (!(0, import_node_fs4.existsSync)(file2)) return void 0;
  let text3;
  try {
    text3 = (0, import_node_fs4.readFileSync)(file2, "utf8");
  } catch (error2) {
    log(`cannot read ${file2} (${error2.message}): no docker login used`);
    return void 0;
  }
  const auth = dockerAuthFor(text3, registry);
  if (auth === void 0) return void 0;
  if (auth.kind === "unsupported") {
    log(`${auth.why} (${file2}): not used`);
    return void 0;
  }
  if (auth.kind === "basic") return { username: auth.username, password: auth.password, source: file2 };
  if (!/^[A-Za-z0-9_.-]+$/.test(auth.helper)) {
    log(`${file2} names the credential helper ${JSON.stringify(auth.helper)}: not a helper name, not used`);
    return void 0;
  }
  const helper = `docker-credential-${auth.helper}`;
  const result = await exec(helper, ["get"], {
    input: auth.serverUrl,
    allowFailure: true,
    timeoutMs: 3e4
  }).catch((error2) => error2);
  if (result instanceof Error || result.exitCode !== 0) {
    log(`${helper} has no login for ${auth.serverUrl}: none used`);
    return void 0;
  }
  const answer = parseHelperAnswer(result.stdout);
  if (typeof answer === "string") {
    log(`${helper} ${answer}: not used`);
    return void 0;
  }
  return { ...answer, source: helper };
}

// src/adapters/registry.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);

// src/core/registry/challenge.ts
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/;
function parseWwwAuthenticate(header) {
  const out = [];
  let rest = header.trim();
  let current;
  while (rest !== "") {
    rest = rest.replace(/^[\s,]+/, "");
    const word = TOKEN.exec(rest)?.[0];
    if (word === void 0) break;
    const after = rest.slice(word.length).replace(/^\s*/, "");
    if (after.startsWith("=") && current !== void 0) {
      let value = after.slice(1).trimStart();
      let parsed = "";
      if (value.startsWith('"')) {
        let i = 1;
        for (; i < value.length && value[i] !== '"'; i++) {
          if (value[i] === "\\" && i + 1 < value.length) i++;
          parsed += value[i];
        }
        value = value.slice(i + 1);
      } else {
        parsed = /^[^\s,]*/.exec(value)?.[0] ?? "";
        value = value.slice(parsed.length);
      }
      current.params[word.toLowerCase()] = parsed;
      rest = value;
      continue;
    }
    current = { scheme: word.toLowerCase(), params: {} };
    out.push(current);
    rest = after;
  }
  return out;
}
function tokenUrl(challenge, repository) {
  const realm = challenge.params.realm;
  if (realm === void 0 || realm === "") return void 0;
  let url;
  try {
    url = new URL(realm);
  } catch {
    return void 0;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return void 0;
  if (challenge.params.service) url.searchParams.set("service", challenge.params.service);
  url.searchParams.set("scope", challenge.params.scope || `repository:${repository}:pull`);
  return url.toString();
}

// src/adapters/registry-session.ts
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var RetryableStatus = class extends Error {
  response;
  constructor(response) {
    super(`answered ${response.status} ${response.statusText}`);
    this.response = response;
  }
};
var basic = (username, password) => `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
async function send(url, method, init, options) {
  const timeoutMs = options.timeoutMs ?? 3e4;
  const signals = [AbortSignal.timeout(timeoutMs), ...options.signal ? [options.signal] : []];
  try {
    return await fetch(url, {
      method,
      headers: init.headers ?? {},
      ...init.body === void 0 ? {} : { body: init.body },
      redirect: "follow",
      signal: AbortSignal.any(signals)
    });
  } catch (error2) {
    if (options.signal?.aborted) throw error2;
    const e = error2;
    if (e.name === "TimeoutError")
      throw new Error(`${method} ${url} did not answer within ${timeoutMs / 1e3}s`);
    throw new Error(`cannot reach ${url}: ${e.cause?.message ?? e.message}`);
  }
}
var RegistrySession = class {
  reference;
  options;
  credentials;
  authorization;
  constructor(reference, options) {
    this.reference = reference;
    this.options = options;
    this.credentials = options.username && options.password ? basic(options.username, options.password) : void 0;
    this.authorization = this.credentials;
  }
  /** `https://host/v2/<repository>/<kind>/<reference>` (http for a loopback registry). */
  url(kind, reference) {
    const { apiHost, repository } = this.reference;
    const scheme = isLoopbackHost(apiHost) ? "http" : "https";
    return `${scheme}://${apiHost}/v2/${repository}/${kind}/${reference}`;
  }
  /**
   * The request, authenticated (a Bearer challenge is answered once per request); a refusal is a
   * ConfigurationError naming the password (or, without credentials, where they are configured).
   */
  async request(method, url, init = {}) {
    let response = await this.sendRetrying(method, url, init);
    if (response.status === 401) {
      const challenges = parseWwwAuthenticate(response.headers.get("www-authenticate") ?? "");
      const bearer = challenges.find((c) => c.scheme === "bearer");
      await response.body?.cancel();
      if (bearer === void 0) throw this.refused(method, `${method} answered 401`);
      this.authorization = `Bearer ${await this.bearerToken(bearer, method)}`;
      response = await this.sendRetrying(method, url, init);
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw this.refused(method, `${method} answered ${response.status}`);
    }
    return response;
  }
  async sendRetrying(method, url, init) {
    const headers = {
      ...init.headers,
      ...this.authorization === void 0 ? {} : { authorization: this.authorization }
    };
    const policy = this.options.retry;
    const attempts = policy?.attempts ?? 1;
    const once = async () => {
      const response = await send(url, method, { ...init, headers }, this.options);
      if (RETRYABLE_STATUS.has(response.status) && attempts > 1) {
        await response.body?.cancel();
        throw new RetryableStatus(response);
      }
      return response;
    };
    try {
      return await retry(once, {
        delayMs: (attempt, error2) => attempt < attempts && !this.options.signal?.aborted && !(error2 instanceof ConfigurationError) ? exponentialBackoff(attempt, policy?.baseMs ?? 1e3, 15e3) : void 0,
        sleep: (ms) => new Promise((resolve2) => setTimeout(resolve2, ms)),
        onRetry: (attempt, wait, error2) => policy?.log?.(
          `${method} ${url}: ${error2.message} (attempt ${attempt} of ${attempts}); retrying in ${wait} ms`
        )
      });
    } catch (error2) {
      if (error2 instanceof RetryableStatus) return error2.response;
      throw error2;
    }
  }
  async bearerToken(challenge, method) {
    const ref = this.reference;
    const scope = method === "PUT" ? { scope: `repository:${ref.repository}:pull,push` } : {};
    const url = tokenUrl({ ...challenge, params: { ...challenge.params, ...scope } }, ref.repository);
    if (url === void 0)
      throw new Error(
        `${ref.registry} sent a Bearer challenge without a usable realm: ${JSON.stringify(challenge.params)}`
      );
    const host = new URL(url).host;
    if (this.credentials !== void 0 && url.startsWith("http:") && !isLoopbackHost(host))
      throw new Error(`${ref.registry} asks for credentials at ${url}, over plain http: refused`);
    const headers = this.credentials === void 0 ? {} : { authorization: this.credentials };
    const response = await send(url, "GET", { headers }, this.options);
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw this.refused(method, `the token service ${host} answered ${response.status}`);
    }
    if (!response.ok) throw new Error(`the token service ${url} answered ${response.status}`);
    let body;
    try {
      body = await response.json();
    } catch {
      throw new Error(`the token service ${host} answered no JSON`);
    }
    const token = typeof body.token === "string" && body.token ? body.token : body.access_token;
    if (typeof token !== "string" || token === "")
      throw new Error(`the token service ${host} answered no token`);
    return token;
  }
  refused(method, why) {
    const ref = this.reference;
    const permission = method === "PUT" ? "push" : "pull";
    return this.credentials === void 0 ? new ConfigurationError(
      `${ref.registry} requires credentials to ${method === "PUT" ? "write to" : "read"} ${ref.repository} (${why}): set the registry username and password`,
      this.options.inputs.credentials
    ) : new ConfigurationError(
      `${ref.registry} refused the credentials of ${this.options.username} for ${ref.repository} (${why}); check the password or token and its ${permission} permission`,
      this.options.inputs.password
    );
  }
};

// src/adapters/registry.ts
var sha256Of = (bytes) => `sha256:${(0, import_node_crypto.createHash)("sha256").update(bytes).digest("hex")}`;
var contentType = (response) => (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
async function getManifest(session, digest, accept) {
  const url = session.url("manifests", digest);
  const response = await session.request("GET", url, { headers: { accept } });
  if (response.status === 404) {
    await response.body?.cancel();
    return void 0;
  }
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (sha256Of(bytes) !== digest)
    throw new Error(`GET ${url} served bytes whose sha256 is ${sha256Of(bytes)}, not ${digest}`);
  return { contentType: contentType(response), bytes };
}
async function getBlob(session, digest) {
  const url = session.url("blobs", digest);
  const response = await session.request("GET", url);
  if (response.status === 404) {
    await response.body?.cancel();
    return void 0;
  }
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (sha256Of(bytes) !== digest)
    throw new Error(`GET ${url} served bytes whose sha256 is ${sha256Of(bytes)}, not ${digest}`);
  return bytes;
}
async function putManifest(session, tag, mediaType, bytes) {
  const url = session.url("manifests", tag);
  const response = await session.request("PUT", url, {
    headers: { "content-type": mediaType },
    body: bytes
  });
  if (!response.ok) {
    const text3 = (await response.text().catch(() => "")).trim().slice(0, 500);
    throw new Error(
      `PUT ${url} answered ${response.status} ${response.statusText}${text3 ? `: ${text3}` : ""}`
    );
  }
  await response.body?.cancel();
  return response.headers.get("docker-content-digest") ?? void 0;
}
async function headDigest(session, tag) {
  const url = session.url("manifests", tag);
  const response = await session.request("HEAD", url, { headers: { accept: MANIFEST_ACCEPT } });
  if (response.status === 404) return void 0;
  if (!response.ok) throw new Error(`HEAD ${url} answered ${response.status} ${response.statusText}`);
  return response.headers.get("docker-content-digest") ?? void 0;
}

// src/core/config/schema.ts
var z = __toESM(require_zod(), 1);

// src/core/connection/target.ts
var HOSTNAME = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
var IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
var USER = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/;
function parseDockerTarget(name, raw) {
  const value = checkLine(name, raw);
  if (value === "")
    throw new ConfigurationError("is required: ssh://user@host[:port] or unix:///var/run/docker.sock", name);
  if (value.startsWith("unix://")) {
    const socket = value.slice("unix://".length);
    if (!socket.startsWith("/"))
      throw new ConfigurationError(`expected an absolute socket path, got ${JSON.stringify(value)}`, name);
    return { kind: "unix", socket };
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(
      `expected ssh://user@host[:port] or unix:///path, got ${JSON.stringify(value)}`,
      name
    );
  }
  if (url.protocol !== "ssh:") {
    throw new ConfigurationError(`expected an ssh:// or unix:// address, got ${JSON.stringify(value)}`, name);
  }
  if (url.password !== "") throw new ConfigurationError("must not contain a password: use ssh-key", name);
  const user = decodeURIComponent(url.username);
  if (!USER.test(user))
    throw new ConfigurationError(`needs a user name (ssh://user@host), got ${JSON.stringify(value)}`, name);
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!(HOSTNAME.test(host) || IPV4.test(host) || host.includes(":"))) {
    throw new ConfigurationError(`has an invalid host name ${JSON.stringify(host)}`, name);
  }
  if (url.pathname !== "" && url.pathname !== "/" || url.search !== "" || url.hash !== "") {
    throw new ConfigurationError(
      `must be ssh://user@host[:port] with no path, got ${JSON.stringify(value)}`,
      name
    );
  }
  const port = url.port === "" ? 22 : Number(url.port);
  if (port < 1 || port > 65535) {
    throw new ConfigurationError(`has port ${url.port}: expected a port from 1 to 65535`, name);
  }
  return { kind: "ssh", user, host, port };
}
function parseJumpHost(name, raw) {
  const value = raw.trim();
  const refused = () => new ConfigurationError(`expected user@host[:port], got ${JSON.stringify(value)}`, name);
  let target;
  try {
    target = parseDockerTarget(name, value.startsWith("ssh://") ? value : `ssh://${value}`);
  } catch {
    throw refused();
  }
  if (target.kind !== "ssh") throw refused();
  return target;
}

// src/core/kubernetes/kubeconfig.ts
var import_yaml = __toESM(require_yaml(), 1);
function checkNamespace(input, raw) {
  const value = raw.trim();
  if (value === "") return void 0;
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(value))
    throw new ConfigurationError(
      `${JSON.stringify(value)} is not a valid namespace name (DNS-1123 label)`,
      input
    );
  return value;
}

// src/core/lazy.ts
function lazy(build) {
  let built;
  const value = () => {
    built ??= build();
    return built;
  };
  return new Proxy({}, {
    get: (_, key) => Reflect.get(value(), key),
    set: (_, key, property) => Reflect.set(value(), key, property),
    has: (_, key) => Reflect.has(value(), key),
    ownKeys: () => Reflect.ownKeys(value()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(value(), key);
      return descriptor === void 0 ? void 0 : { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(value())
  });
}

// src/core/pre-deploy/jobs.ts
function parseJobVolume(input, raw) {
  const match = /^([a-zA-Z0-9][a-zA-Z0-9_.-]*):(\/[^:\s]*)$/.exec(raw.trim());
  if (match === null)
    throw new ConfigurationError(
      `expected NAME:/absolute/path (a volume and where to mount it), got ${JSON.stringify(raw)}`,
      input
    );
  return { name: match[1] ?? "", path: match[2] ?? "" };
}
var JOB_NAME = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;
function checkJobName(input, raw) {
  const name = raw.trim();
  if (!JOB_NAME.test(name))
    throw new ConfigurationError(
      `expected lower-case letters, digits and - (a DNS label of at most 40, starting and ending with a letter or digit), got ${JSON.stringify(name)}`,
      input
    );
  return name;
}

// src/core/scan/types.ts
var SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "UNKNOWN"];
var FINDING_CLASSES = ["vulnerability", "secret", "misconfiguration"];
var SEVERITY_RANK = Object.fromEntries(SEVERITIES.map((severity, rank) => [severity, rank]));
var CLASS_RANK = Object.fromEntries(FINDING_CLASSES.map((kind, rank) => [kind, rank]));

// src/core/scan/argv.ts
var SCANNERS = ["vuln", "secret", "misconfig", "license"];
function parseSeverities(name, raw) {
  const out = [];
  for (const item of parseList(name, raw)) {
    const severity = item.trim().toUpperCase();
    if (!SEVERITIES.includes(severity)) {
      throw new ConfigurationError(
        `unknown severity ${JSON.stringify(item)} (expected some of ${SEVERITIES.join(", ")})`,
        name
      );
    }
    if (!out.includes(severity)) out.push(severity);
  }
  if (out.length === 0) throw new ConfigurationError(`needs at least one of ${SEVERITIES.join(", ")}`, name);
  return out;
}
function parseScanners(name, items) {
  const out = [];
  for (const item of items) {
    const scanner = item.trim().toLowerCase();
    if (!SCANNERS.includes(scanner)) {
      throw new ConfigurationError(
        `unknown scanner ${JSON.stringify(item)} (expected some of ${SCANNERS.join(", ")})`,
        name
      );
    }
    if (!out.includes(scanner)) out.push(scanner);
  }
  if (out.length === 0) throw new ConfigurationError(`needs at least one of ${SCANNERS.join(", ")}`, name);
  return out;
}

// src/core/secrets/inputs.ts
var import_yaml2 = __toESM(require_yaml(), 1);
var SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function checkSecretName(input, name) {
  if (!SECRET_NAME.test(name)) {
    throw new ConfigurationError(
      `secret name ${JSON.stringify(name)} is not valid: expected a letter or _ then letters, digits or _`,
      input
    );
  }
  return name;
}

// src/core/secrets/version.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
function parseVersionMode(input, raw) {
  const value = raw.trim();
  if (value === "" || value === "content") return "content";
  if (value === "run") return "run";
  throw new ConfigurationError(`expected content or run, got ${JSON.stringify(raw)}`, input);
}

// src/core/strategy/blue-green.ts
var COLOR_PLACEHOLDER = "{color}";
function parseSwitchVariable(input, raw) {
  const line2 = checkLine(input, raw.trim());
  const eq = line2.indexOf("=");
  const name = eq < 0 ? "" : line2.slice(0, eq);
  const template = eq < 0 ? "" : line2.slice(eq + 1);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || template === "")
    throw new ConfigurationError(
      `expected NAME=value with ${COLOR_PLACEHOLDER} in the value (e.g. UPSTREAM=shop-${COLOR_PLACEHOLDER}_api)`,
      input
    );
  if (!template.includes(COLOR_PLACEHOLDER))
    throw new ConfigurationError(
      `the value must hold ${COLOR_PLACEHOLDER} (replaced by blue or green), e.g. ${name}=shop-${COLOR_PLACEHOLDER}_api`,
      input
    );
  return { name, template };
}
function parseSwarmStrategy(input, raw) {
  const value = raw.trim();
  if (value === "rolling" || value === "blue-green") return value;
  if (value === "canary")
    throw new ConfigurationError(
      "canary is not available on Swarm targets (expected rolling or blue-green)",
      input
    );
  throw new ConfigurationError(`expected rolling or blue-green, got ${JSON.stringify(value)}`, input);
}

// src/core/strategy/kubernetes.ts
function parseKubernetesStrategy(input, raw) {
  const value = raw.trim();
  if (value === "rolling" || value === "blue-green" || value === "canary") return value;
  throw new ConfigurationError(`expected rolling, blue-green or canary, got ${JSON.stringify(value)}`, input);
}
function checkServiceName(input, raw) {
  const value = raw.trim();
  if (!/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/.test(value))
    throw new ConfigurationError(
      `${JSON.stringify(value)} is not a valid Service name (lower-case letters, digits and -, starting with a letter, at most 63)`,
      input
    );
  return value;
}
var parseCanaryWeight = (input, raw) => parseInteger(input, raw, { min: 1, max: 99 });
var parseCanaryDuration = (input, raw) => raw.trim() === "manual" ? "manual" : parseDuration(input, raw);

// src/core/swarm/compose.ts
var import_yaml4 = __toESM(require_yaml(), 1);

// src/core/swarm/stack-file.ts
var import_node_path5 = __toESM(require_node_path(), 1);
var import_yaml3 = __toESM(require_yaml(), 1);

// src/core/swarm/stack-schema.ts
var all = (names2, since = 0) => names2.split(" ").map((n) => [n, since]);
var TOP = [...all("version services networks volumes"), ["secrets", 1], ["configs", 3]];
var SERVICE = [
  ...all(
    "deploy build cap_add cap_drop cgroup_parent command container_name depends_on devices dns dns_search domainname entrypoint env_file environment expose external_links extra_hosts healthcheck hostname image ipc labels links logging mac_address network_mode networks pid ports privileged read_only restart security_opt shm_size sysctls stdin_open stop_grace_period stop_signal tmpfs tty ulimits user userns_mode volumes working_dir"
  ),
  ["secrets", 1],
  ["configs", 3],
  ["credential_spec", 3],
  ["isolation", 5],
  ["init", 7],
  ["cgroupns_mode", 9],
  ["oom_score_adj", 13]
];
var DEPLOY = [
  ...all("mode replicas labels update_config resources restart_policy placement"),
  ["endpoint_mode", 2],
  ["rollback_config", 7]
];
var NETWORK = [
  ...all("driver driver_opts ipam external internal labels"),
  ["attachable", 2],
  ["name", 5]
];
var SECRET = [
  ...all("file external labels"),
  ["name", 5],
  ...all("driver driver_opts template_driver", 8)
];
var CONFIG = [...all("file external labels"), ["name", 5], ["template_driver", 8]];
var EXTENSIONS = { top: 4, service: 7, deploy: Number.POSITIVE_INFINITY, network: 7, secret: 7, config: 7 };

// src/core/swarm/request.ts
var STACK_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;
function checkStackName(input, raw) {
  const stack = raw.trim();
  if (!STACK_NAME.test(stack)) {
    throw new ConfigurationError(
      `expected letters, digits, _ . - (at most 63), got ${JSON.stringify(stack)}`,
      input
    );
  }
  return stack;
}

// src/core/config/schema.ts
function reasonOf(error2) {
  const prefix = error2.input === void 0 ? "" : /^(Option|Input) '[^']*': /.exec(error2.message)?.[0];
  return prefix ? error2.message.slice(prefix.length) : error2.message;
}
var text2 = lazy(
  () => z.union([z.string(), z.number(), z.boolean()], { error: "expected a string" }).transform((v) => String(v))
);
function checked(parse3) {
  return text2.transform((raw, ctx) => {
    try {
      checkLine("value", raw);
      return parse3(raw);
    } catch (error2) {
      if (!(error2 instanceof ConfigurationError)) throw error2;
      ctx.addIssue({ code: "custom", message: reasonOf(error2) });
      return z.NEVER;
    }
  });
}
var line = lazy(() => checked((raw) => raw));
var nonEmpty = lazy(() => line.refine((v) => v.trim() !== "", { error: "must not be empty" }));
var duration = lazy(() => checked((raw) => parseDuration("duration", raw)));
var list = lazy(
  () => z.union([z.array(line), line.transform((v) => v.split(","))], {
    error: "expected a list (a YAML sequence or a comma-separated string)"
  }).transform((items) => items.map((i) => i.trim()).filter((i) => i !== ""))
);
var nameMap = lazy(
  () => z.record(z.string(), text2, { error: "expected a mapping of KEY: value" }).superRefine((m, ctx) => {
    for (const key of Object.keys(m)) {
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) continue;
      const shown = JSON.stringify(key.slice(0, 80));
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `${shown} is not a variable name (letters, digits and _, not starting with a digit)`
      });
    }
  })
);
var valueSource = lazy(
  () => z.strictObject(
    {
      env: checked((raw) => checkSecretName("env", raw.trim())).optional(),
      file: nonEmpty.optional()
    },
    { error: "expected { env: VARIABLE } or { file: path }" }
  ).refine((s) => s.env === void 0 !== (s.file === void 0), {
    error: "give exactly one of env (an environment variable) or file (a path)"
  }).transform((s) => s.env !== void 0 ? { env: s.env } : { file: s.file ?? "" })
);
var smokeSchema = lazy(
  () => z.strictObject({
    urls: list,
    "expect-status": text2.optional(),
    "expect-json": z.unknown().optional(),
    "expect-body": line.optional(),
    timeout: text2.optional(),
    "request-timeout": text2.optional(),
    interval: text2.optional(),
    "max-interval": text2.optional(),
    concurrency: text2.optional(),
    "consecutive-successes": text2.optional(),
    insecure: z.boolean({ error: "expected true or false" }).optional(),
    /** Swarm: each URL's host is {node}, checked once per node Swarm can place tasks on. */
    "per-node": z.boolean({ error: "expected true or false" }).optional()
  })
);
var envGroups = lazy(
  () => z.record(
    z.string(),
    list.refine((l) => l.length > 0, { error: "needs at least one variable name" }).refine((l) => l.every((name) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)), {
      error: "expected variable names (a letter or _, then letters, digits or _)"
    }),
    { error: "expected a mapping of group: [VARIABLE, \u2026]" }
  ).default({})
);
var imageSchema = lazy(
  () => z.strictObject(
    {
      name: checked((raw) => normalizeImageName("name", raw)),
      target: nonEmpty.optional(),
      context: nonEmpty.optional(),
      dockerfile: nonEmpty.optional(),
      "build-args": nameMap.default({}),
      platforms: list.optional(),
      variable: checked((raw) => checkSecretName("variable", raw.trim())).optional()
    },
    {
      error: "expected { name: registry/repository, target?, context?, dockerfile?, build-args?, platforms?, variable? }"
    }
  )
);
var replicasMode = lazy(
  () => z.enum(["manifest", "live"], { error: "expected manifest or live" }).default("manifest")
);
var preDeploySchema = lazy(
  () => z.array(
    z.strictObject(
      {
        name: checked((raw) => checkJobName("name", raw)),
        image: nonEmpty.optional(),
        command: z.array(text2, { error: "expected a list of strings (the program and its arguments)" }).refine((c) => c.length > 0, { error: "needs at least the program" }),
        env: nameMap.refine((m) => Object.keys(m).every((k) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k)), {
          error: "expected variable names (a letter or _, then letters, digits or _)"
        }).default({}),
        secrets: list.default([]),
        volumes: list.transform((items, ctx) => {
          try {
            return items.map((item) => parseJobVolume("volumes", item));
          } catch (error2) {
            if (!(error2 instanceof ConfigurationError)) throw error2;
            ctx.addIssue({ code: "custom", message: reasonOf(error2) });
            return z.NEVER;
          }
        }).default([]),
        timeout: duration.default(6e5)
      },
      { error: "expected { name, command, image?, env?, secrets?, volumes?, timeout? }" }
    ),
    { error: "expected a list of jobs" }
  ).refine((jobs) => new Set(jobs.map((j) => j.name)).size === jobs.length, {
    error: "job names must be unique"
  }).default([])
);
var swarmSchema = lazy(
  () => z.strictObject({
    host: checked((raw) => ({ raw: raw.trim(), target: parseDockerTarget("host", raw) })),
    "ssh-key-file": nonEmpty.optional(),
    "known-hosts-file": nonEmpty.optional(),
    /** A bastion, user@host[:port]; known-hosts-file must pin it too. */
    "jump-host": checked((raw) => parseJumpHost("jump-host", raw)).optional(),
    stack: checked((raw) => checkStackName("stack", raw)),
    "stack-files": list.refine((l) => l.length > 0, { error: "needs at least one stack file" }).default(["docker-stack.yml"]),
    "image-variable": checked((raw) => checkSecretName("image-variable", raw.trim())).optional(),
    env: nameMap.default({}),
    "env-groups": envGroups,
    timeout: duration.default(6e5),
    "no-progress-timeout": duration.default(18e4),
    "lock-timeout": duration.default(3e5),
    rollback: z.boolean({ error: "expected true or false" }).default(true),
    "prune-services": z.boolean({ error: "expected true or false" }).default(false),
    /** rolling (Swarm's update) or blue-green (a second colour, then the proxy switched to it). */
    strategy: checked((raw) => parseSwarmStrategy("strategy", raw)).default("rolling"),
    "proxy-service": checked((raw) => checkStackName("proxy-service", raw)).optional(),
    "switch-variable": checked((raw) => parseSwitchVariable("switch-variable", raw)).optional(),
    "preview-urls": list.optional(),
    "keep-previous": duration.optional(),
    smoke: smokeSchema.optional(),
    "pre-deploy": preDeploySchema,
    replicas: replicasMode
  })
);
var kubernetesSchema = lazy(
  () => z.strictObject({
    kubeconfig: nonEmpty.optional(),
    /** The versioned Secrets' prefix and their gantry.stack label (needed with secrets). */
    stack: checked((raw) => checkStackName("stack", raw)).optional(),
    context: nonEmpty.optional(),
    namespace: checked((raw) => checkNamespace("namespace", raw)).optional(),
    manifests: list.default([]),
    kustomize: nonEmpty.optional(),
    "image-name": checked((raw) => normalizeImageName("image-name", raw)).optional(),
    env: nameMap.default({}),
    "env-groups": envGroups,
    timeout: duration.default(6e5),
    "lock-timeout": duration.default(3e5),
    rollback: z.boolean({ error: "expected true or false" }).default(true),
    /** rolling (the Deployments' update), blue-green (two colours, the Service switched) or canary. */
    strategy: checked((raw) => parseKubernetesStrategy("strategy", raw)).default("rolling"),
    service: checked((raw) => checkServiceName("service", raw)).optional(),
    "preview-urls": list.optional(),
    "keep-previous": duration.optional(),
    "canary-weight": checked((raw) => parseCanaryWeight("canary-weight", raw)).optional(),
    /** A duration, or `manual`: the canary runs until `gantry canary promote|abort`. */
    "canary-duration": checked((raw) => parseCanaryDuration("canary-duration", raw)).optional(),
    smoke: smokeSchema.optional(),
    "pre-deploy": preDeploySchema,
    replicas: replicasMode
  })
);
var targetSchema = lazy(
  () => z.strictObject(
    { swarm: swarmSchema.optional(), kubernetes: kubernetesSchema.optional() },
    { error: "expected a mapping with swarm: or kubernetes:" }
  ).refine((t) => t.swarm === void 0 !== (t.kubernetes === void 0), {
    error: "give exactly one of swarm or kubernetes"
  })
);
var configSchema = lazy(
  () => z.strictObject(
    {
      image: checked((raw) => normalizeImageName("image", raw)).optional(),
      images: z.record(z.string(), imageSchema, { error: "expected a mapping of key: { name: \u2026 }" }).refine((m) => Object.keys(m).length > 0, { error: "needs at least one image" }).optional(),
      registry: z.strictObject({
        username: nonEmpty,
        password: valueSource
      }).optional(),
      build: z.strictObject({
        context: nonEmpty.default("."),
        dockerfile: nonEmpty.optional(),
        platforms: list.default([]),
        "build-args": nameMap.default({}),
        target: nonEmpty.optional(),
        "tag-latest": z.boolean({ error: "expected true or false" }).default(false),
        parallel: checked((raw) => parseInteger("parallel", raw, { min: 1, max: 16 })).default(1)
      }).default({ context: ".", platforms: [], "build-args": {}, "tag-latest": false, parallel: 1 }),
      scan: z.strictObject({
        enabled: z.boolean({ error: "expected true or false" }).default(true),
        severity: list.transform((items, ctx) => {
          try {
            return parseSeverities("severity", items.join(","));
          } catch (error2) {
            if (!(error2 instanceof ConfigurationError)) throw error2;
            ctx.addIssue({ code: "custom", message: reasonOf(error2) });
            return z.NEVER;
          }
        }).default(["CRITICAL", "HIGH"]),
        "ignore-unfixed": z.boolean({ error: "expected true or false" }).default(false),
        "ignore-files": list.default([]),
        scanners: list.transform((items, ctx) => {
          try {
            return parseScanners("scanners", items);
          } catch (error2) {
            if (!(error2 instanceof ConfigurationError)) throw error2;
            ctx.addIssue({ code: "custom", message: reasonOf(error2) });
            return z.NEVER;
          }
        }).default(["vuln", "secret", "misconfig"])
      }).default({
        enabled: true,
        severity: ["CRITICAL", "HIGH"],
        "ignore-unfixed": false,
        "ignore-files": [],
        scanners: ["vuln", "secret", "misconfig"]
      }),
      secrets: z.strictObject({
        version: checked((raw) => parseVersionMode("version", raw)).default("content"),
        values: z.record(z.string(), valueSource, { error: "expected a mapping of NAME: { env | file }" })
      }).optional(),
      smoke: smokeSchema.optional(),
      prune: z.strictObject({
        enabled: z.boolean({ error: "expected true or false" }).default(true),
        keep: checked((raw) => parseInteger("keep", raw, { min: 1, max: 1e3 })).default(3)
      }).default({ enabled: true, keep: 3 }),
      targets: z.record(z.string(), targetSchema, { error: "expected a mapping of target names" }).refine((t) => Object.keys(t).length > 0, { error: "needs at least one target" })
    },
    { error: "expected a mapping (image:, build:, targets:, \u2026)" }
  )
);

// src/core/registry/image-index.ts
var import_node_crypto3 = __toESM(require_node_crypto(), 1);
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var MERGE_ACCEPT = [OCI_MANIFEST, DOCKER_MANIFEST, OCI_INDEX, DOCKER_LIST].join(", ");
var REFERENCE_TYPE = "vnd.docker.reference.type";
var REFERENCE_DIGEST = "vnd.docker.reference.digest";
var DIGEST4 = /^sha256:[0-9a-f]{64}$/;
var isRecord2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var parseJson = (text3) => {
  try {
    return JSON.parse(text3);
  } catch {
    return void 0;
  }
};
function parseDescriptor(value) {
  if (!isRecord2(value)) return "an entry of its manifests is not an object";
  const { mediaType, digest, size, platform: platform2, annotations } = value;
  if (typeof digest !== "string" || !DIGEST4.test(digest)) return "an entry has no sha256 digest";
  if (typeof mediaType !== "string" || mediaType === "") return `the entry ${digest} has no mediaType`;
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0)
    return `the entry ${digest} has no size`;
  const descriptor = { mediaType, digest, size };
  if (platform2 !== void 0) {
    const parsed = parsePlatform(platform2);
    if (typeof parsed === "string") return `the entry ${digest}: ${parsed}`;
    descriptor.platform = parsed;
  }
  if (isRecord2(annotations)) {
    const strings = Object.entries(annotations).filter(
      (e) => typeof e[1] === "string"
    );
    if (strings.length > 0) descriptor.annotations = Object.fromEntries(strings);
  }
  return descriptor;
}
function parseManifest(text3, served) {
  const body = parseJson(text3);
  if (!isRecord2(body)) return "is not a JSON manifest";
  if (body.schemaVersion !== 2) return `has schemaVersion ${JSON.stringify(body.schemaVersion)}, not 2`;
  const mediaType = typeof body.mediaType === "string" && body.mediaType !== "" ? body.mediaType : served;
  if (mediaType === OCI_INDEX || mediaType === DOCKER_LIST) {
    if (!Array.isArray(body.manifests)) return `is a ${mediaType} without manifests`;
    const manifests = [];
    for (const entry of body.manifests) {
      const parsed = parseDescriptor(entry);
      if (typeof parsed === "string") return `is an index where ${parsed}`;
      manifests.push(parsed);
    }
    return { kind: "index", mediaType, manifests };
  }
  if (mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST) {
    const config = body.config;
    if (!isRecord2(config) || typeof config.digest !== "string" || !DIGEST4.test(config.digest))
      return `is a ${mediaType} without a config digest`;
    return { kind: "manifest", mediaType, configDigest: config.digest };
  }
  return `is of media type ${JSON.stringify(mediaType)}, not an OCI or Docker v2 image manifest or index`;
}
function parsePlatform(value) {
  if (!isRecord2(value)) return "the platform is not an object";
  const { os: os6, architecture, variant } = value;
  if (typeof os6 !== "string" || os6 === "") return "the platform has no os";
  if (typeof architecture !== "string" || architecture === "") return "the platform has no architecture";
  const platform2 = { os: os6, architecture };
  if (typeof variant === "string" && variant !== "") platform2.variant = variant;
  const version = value["os.version"];
  if (typeof version === "string" && version !== "") platform2["os.version"] = version;
  const features = value["os.features"];
  if (Array.isArray(features) && features.length > 0 && features.every((f) => typeof f === "string"))
    platform2["os.features"] = features;
  return platform2;
}
function platformFromConfig(text3) {
  const body = parseJson(text3);
  if (!isRecord2(body)) return "its config is not JSON";
  const platform2 = parsePlatform(body);
  return typeof platform2 === "string" ? `its config ${platform2.replace(/^the platform /, "")}` : platform2;
}
function platformName(platform2) {
  const base = [platform2.os, platform2.architecture, platform2.variant].filter(Boolean).join("/");
  return platform2["os.version"] ? `${base} (${platform2["os.version"]})` : base;
}
var isAttestation = (d) => d.annotations?.[REFERENCE_TYPE] === "attestation-manifest";
function canonical(d) {
  const out = { mediaType: d.mediaType, digest: d.digest, size: d.size };
  if (d.platform !== void 0) {
    const p = d.platform;
    out.platform = { architecture: p.architecture, os: p.os };
    if (p["os.version"] !== void 0) out.platform["os.version"] = p["os.version"];
    if (p["os.features"] !== void 0) out.platform["os.features"] = [...p["os.features"]];
    if (p.variant !== void 0) out.platform.variant = p.variant;
  }
  if (d.annotations !== void 0)
    out.annotations = Object.fromEntries(
      Object.keys(d.annotations).sort().map((k) => [k, d.annotations?.[k] ?? ""])
    );
  return out;
}
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function order(entries) {
  const images = entries.filter((d) => !isAttestation(d)).sort(
    (a, b) => byText(platformName(a.platform), platformName(b.platform)) || byText(a.digest, b.digest)
  );
  const rank = new Map(images.map((d, i) => [d.digest, i]));
  const about = (d) => rank.get(d.annotations?.[REFERENCE_DIGEST] ?? "") ?? images.length;
  const attestations = entries.filter(isAttestation).sort((a, b) => about(a) - about(b) || byText(a.digest, b.digest));
  return [...images, ...attestations];
}
function buildImageIndex(entries) {
  const seen = /* @__PURE__ */ new Map();
  const platforms = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const { descriptor: d, given } = entry;
    const from = given === d.digest ? given : `${d.digest} (in the index ${given})`;
    const twice = seen.get(d.digest);
    if (twice !== void 0) throw new Error(`${from} is given twice (also as ${twice.given})`);
    seen.set(d.digest, entry);
    if (d.platform === void 0) throw new Error(`${from} has no platform`);
    if (isAttestation(d)) continue;
    const name = platformName(d.platform);
    const other = platforms.get(name);
    if (other !== void 0)
      throw new Error(`${from} and ${other.given} are both ${name}: give one digest per platform`);
    platforms.set(name, entry);
  }
  if (platforms.size === 0) throw new Error("no image to merge (only attestations)");
  const manifests = order(entries.map((e) => canonical(e.descriptor)));
  const bytes = JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests });
  return {
    manifests,
    bytes,
    digest: `sha256:${(0, import_node_crypto3.createHash)("sha256").update(bytes, "utf8").digest("hex")}`,
    platforms: manifests.filter((d) => !isAttestation(d)).map((d) => platformName(d.platform))
  };
}

// src/pipeline/build/merge.ts
var ACTION_MERGE_INPUTS = {
  digests: "digests",
  password: "registry-password",
  credentials: "registry-username",
  registry: "registry"
};
function mergeTarget(options, inputs) {
  const image = options.images[0] ?? "";
  const ref = parseImageReference(image);
  if (typeof ref === "string") throw new ConfigurationError(ref, "image");
  if (options.registry !== void 0) {
    const given = parseImageReference(`${options.registry}/x`);
    const registry = typeof given === "string" ? options.registry : given.registry;
    if (registry !== ref.registry)
      throw new ConfigurationError(
        `is ${options.registry}, but the merge writes to ${image} on ${ref.registry}: leave it empty or give ${ref.registry}`,
        inputs.registry
      );
  }
  return ref;
}
async function readGiven(session, given, inputs) {
  const where = `${session.reference.registry}/${session.reference.repository}`;
  const manifest = await getManifest(session, given, MERGE_ACCEPT);
  if (manifest === void 0)
    throw new ConfigurationError(
      `${where}@${given} does not exist (the registry answered 404): give the digest outputs of push-by-digest jobs that pushed to ${where}`,
      inputs.digests
    );
  const parsed = parseManifest(manifest.bytes.toString("utf8"), manifest.contentType);
  if (typeof parsed === "string") throw new ConfigurationError(`${where}@${given} ${parsed}`, inputs.digests);
  if (parsed.kind === "index") return parsed.manifests.map((descriptor) => ({ given, descriptor }));
  const config = await getBlob(session, parsed.configDigest);
  if (config === void 0)
    throw new Error(`${where}@${given}: its config blob ${parsed.configDigest} is missing from the registry`);
  const platform2 = platformFromConfig(config.toString("utf8"));
  if (typeof platform2 === "string")
    throw new ConfigurationError(`${where}@${given}: ${platform2}`, inputs.digests);
  return [
    {
      given,
      descriptor: { mediaType: parsed.mediaType, digest: given, size: manifest.bytes.length, platform: platform2 }
    }
  ];
}
async function buildIndex(session, options, ctx) {
  const entries = [];
  for (const given of options.digests) {
    const read = await readGiven(session, given, ctx.inputs);
    const names2 = read.map((e) => e.descriptor.platform ? platformName(e.descriptor.platform) : "?");
    ctx.log(`${given}: ${read.length === 1 ? names2[0] : `an index of ${names2.join(", ")}`}`);
    entries.push(...read);
  }
  try {
    return buildImageIndex(entries);
  } catch (error2) {
    throw new ConfigurationError(error2.message, ctx.inputs.digests);
  }
}
async function putEverywhere(session, index, tags, ctx) {
  const bytes = Buffer.from(index.bytes, "utf8");
  for (const tag of tags) {
    const stored = await putManifest(session, tag, OCI_INDEX, bytes) ?? await headDigest(session, tag);
    if (stored !== index.digest)
      throw new Error(
        `the registry stored ${session.reference.repository}:${tag} as ${stored ?? "no digest"}, not ${index.digest} (the sha256 of the index sent)`
      );
    ctx.log(`${session.reference.registry}/${session.reference.repository}:${tag} -> ${index.digest}`);
  }
}
async function openSession(ref, options, ctx) {
  const common = {
    signal: ctx.signal,
    retry: { attempts: 4, baseMs: ctx.retryBaseMs ?? 1e3, log: ctx.log }
  };
  if (options.registryUsername !== void 0)
    return {
      session: new RegistrySession(ref, {
        ...common,
        username: options.registryUsername,
        password: options.registryPassword,
        inputs: { password: ctx.inputs.password, credentials: ctx.inputs.credentials }
      })
    };
  const login2 = await dockerLoginFor(ref.registry, ctx.env ?? process.env, ctx.log);
  if (login2 === void 0) {
    ctx.log(`no credentials for ${ref.registry}: speaking to it anonymously`);
    return {
      session: new RegistrySession(ref, {
        ...common,
        inputs: { password: ctx.inputs.password, credentials: ctx.inputs.credentials }
      })
    };
  }
  ctx.secret?.(login2.password);
  ctx.log(`using the docker login of ${login2.username} for ${ref.registry} (${login2.source})`);
  const session = new RegistrySession(ref, {
    ...common,
    username: login2.username,
    password: login2.password,
    inputs: { password: ctx.inputs.credentials, credentials: ctx.inputs.credentials }
  });
  return { session, login: login2.source };
}
function fromLogin(error2, login2, inputs) {
  if (login2 === void 0 || !(error2 instanceof ConfigurationError) || error2.input !== inputs.credentials)
    return error2;
  return new ConfigurationError(
    `${reasonOf(error2)} (the credentials of the docker login read from ${login2}: log in again, or give ${inputs.credentials} and ${inputs.password})`,
    inputs.credentials
  );
}
async function runMerge(options, tags, ctx) {
  const ref = mergeTarget(options, ctx.inputs);
  if (tags.length === 0) throw new ConfigurationError("the merge needs at least one tag", "tags");
  const { session, login: login2 } = await openSession(ref, options, ctx);
  let index;
  try {
    index = await buildIndex(session, options, ctx);
    ctx.log(`index ${index.digest}: ${index.platforms.join(", ")}`);
    await putEverywhere(session, index, tags, ctx);
  } catch (error2) {
    throw fromLogin(error2, login2, ctx.inputs);
  }
  const image = options.images[0] ?? "";
  const refs = imageRefs([image], tags);
  return {
    builder: "registry",
    digest: index.digest,
    refs,
    platforms: index.platforms,
    metadata: {
      "containerimage.digest": index.digest,
      "image.name": refs.join(","),
      manifests: index.manifests
    }
  };
}

// src/runtime/connection.ts
var import_node_os4 = __toESM(require_node_os(), 1);

// src/adapters/ssh.ts
var import_node_child_process2 = __toESM(require_node_child_process(), 1);
var import_node_fs6 = __toESM(require_node_fs(), 1);
var import_node_os3 = __toESM(require_node_os(), 1);
var import_node_path7 = __toESM(require_node_path(), 1);

// src/adapters/executable.ts
var import_node_fs5 = __toESM(require_node_fs(), 1);
var import_node_path6 = __toESM(require_node_path(), 1);

// src/adapters/http-probe.ts
var import_node_http2 = __toESM(require_node_http(), 1);
var import_node_https = __toESM(require_node_https(), 1);
var BODY_READ_LIMIT = 1024 * 1024;

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
function readSecret(name) {
  const value = getInput(name);
  mask(value);
  return checkText(name, value);
}

// src/runtime/connection.ts
var runnerTemp = () => process.env.RUNNER_TEMP || (0, import_node_os4.tmpdir)();

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

// src/core/inputs/workspace.ts
var import_node_path8 = __toESM(require_node_path(), 1);
function isInside(root, target) {
  const relative2 = import_node_path8.default.relative(root, target);
  return relative2 === "" || relative2 !== ".." && !relative2.startsWith(`..${import_node_path8.default.sep}`) && !import_node_path8.default.isAbsolute(relative2);
}
function checkInJobFolders(input, given, roots, resolved) {
  if (!roots.some((root) => isInside(root, resolved)))
    throw new ConfigurationError(
      `${JSON.stringify(given)} is outside the workspace${roots.length > 1 ? " and the runner temporary folder" : ""}; an action reads only the job's files`,
      input
    );
}
var isRemoteContext = (context) => /^(https?:\/\/|git:\/\/|git@|github\.com\/)/.test(context);

// src/runtime/workspace.ts
var import_node_fs7 = __toESM(require_node_fs(), 1);
var import_node_path9 = __toESM(require_node_path(), 1);
var workspaceRoot = () => process.env.GITHUB_WORKSPACE || process.cwd();
function realPath(file2) {
  try {
    return (0, import_node_fs7.realpathSync)(file2);
  } catch {
    const parent = import_node_path9.default.dirname(file2);
    return parent === file2 ? file2 : import_node_path9.default.join(realPath(parent), import_node_path9.default.basename(file2));
  }
}
function workspacePath(input, given, expect = "any") {
  const root = workspaceRoot();
  const absolute = import_node_path9.default.resolve(root, given);
  const roots = [root, process.env.RUNNER_TEMP ?? ""].filter((r) => r !== "").map(realPath);
  checkInJobFolders(input, given, roots, realPath(absolute));
  if (expect === "any") return absolute;
  let kind;
  try {
    const stat2 = (0, import_node_fs7.statSync)(absolute);
    kind = stat2.isDirectory() ? "folder" : stat2.isFile() ? "file" : void 0;
  } catch {
    kind = void 0;
  }
  if (kind !== expect)
    throw new ConfigurationError(
      `${JSON.stringify(given)} is not ${expect === "file" ? "a file" : "a folder"} in the workspace`,
      input
    );
  return absolute;
}

// src/actions/build/inputs.ts
var MULTI_LINE = /* @__PURE__ */ new Set(["image", "platforms", "build-args", "secrets", "tags", "labels", "digests"]);
function readBuildInputs() {
  const raw = {};
  for (const name of BUILD_INPUTS) {
    if (name === "registry-password") raw[name] = readSecret(name);
    else raw[name] = MULTI_LINE.has(name) ? readText(name) : readString(name);
  }
  mask(raw.secrets ?? "");
  const options = parseBuildOptions(raw);
  for (const value of options.secrets.values()) mask(value);
  checkBuildFiles(options);
  return options;
}
function checkBuildFiles(options) {
  if (options.mode === "merge") return;
  if (isRemoteContext(options.context)) return;
  workspacePath("context", options.context, "folder");
  if (options.file !== void 0) workspacePath("file", options.file, "file");
}

// src/actions/build/main.ts
var STATE_DIR = "docker-config";
var STATE_REGISTRY = "docker-config-registry";
function readEvent() {
  const file2 = process.env.GITHUB_EVENT_PATH;
  if (!file2) return {};
  try {
    return JSON.parse((0, import_node_fs8.readFileSync)(file2, "utf8"));
  } catch {
    return {};
  }
}
async function run() {
  const options = readBuildInputs();
  const git = gitContextFromEnv(process.env, readEvent(), /* @__PURE__ */ new Date());
  const meta = computeMetadata(
    git,
    { extra: options.extraTags, tagLatest: options.tagLatest },
    imageTitle(options.images[0] ?? "")
  );
  const signal = cancellationSignal();
  const log = (line2) => info(line2);
  if (options.mode === "merge") return merge(options, meta, signal);
  const env = {};
  const probe = new DockerClient({ env, log, signal });
  const buildx = await hasBuildx(probe);
  if (!buildx) {
    checkClassicBuilder(options);
    warning(
      "docker buildx is not installed: building one platform with the classic `docker build` and `docker push` (no BuildKit cache, secrets or attestations).",
      { title: "No buildx: classic builder" }
    );
  }
  const secrets = [
    ...options.secrets.values(),
    ...options.registryPassword ? [options.registryPassword] : []
  ];
  if (options.registryUsername !== void 0 && options.registryPassword !== void 0) {
    const dir = createDockerConfig(runnerTemp());
    const registry = registryOf(options);
    saveState(STATE_DIR, dir);
    saveState(STATE_REGISTRY, registry);
    env.DOCKER_CONFIG = dir;
    const client = new DockerClient({ env, secrets, log, signal });
    await group(
      `Log in to ${registry}`,
      () => login(client, {
        registry,
        username: options.registryUsername ?? "",
        password: options.registryPassword ?? ""
      })
    );
  }
  const docker = new DockerClient({ env, secrets, log, signal });
  const title = `Build ${options.images.join(", ")}${options.platforms.length ? ` for ${options.platforms.join(", ")}` : ""}`;
  const result = await group(
    title,
    () => executeBuild(docker, options, meta, buildx, {
      info: (line2) => info(line2),
      warning: (message) => warning(message)
    })
  );
  const image = options.images[0] ?? "";
  const imageRef = result.digest ? `${image}@${result.digest}` : "";
  setOutput("digest", result.digest ?? "");
  setOutput("image-ref", imageRef);
  setOutput("tags", result.refs.join("\n"));
  setOutput("metadata", JSON.stringify(buildResultJson(options, meta, result)));
  await writeSummary(
    buildSummaryMarkdown({
      mode: options.mode,
      builder: result.builder,
      images: options.images,
      tags: options.mode === "push-by-digest" ? [] : meta.tags,
      pushed: options.push,
      digest: result.digest,
      imageRef: imageRef || void 0,
      platforms: options.platforms
    })
  );
}
async function merge(options, meta, signal) {
  const image = options.images[0] ?? "";
  const result = await group(
    `Merge ${options.digests.length} digest(s) into ${image}`,
    () => runMerge(options, meta.tags, {
      signal,
      log: (line2) => info(line2),
      inputs: ACTION_MERGE_INPUTS,
      secret: (value) => setSecret(value)
    })
  );
  const imageRef = `${image}@${result.digest}`;
  setOutput("digest", result.digest);
  setOutput("image-ref", imageRef);
  setOutput("tags", result.refs.join("\n"));
  setOutput(
    "metadata",
    JSON.stringify(buildResultJson({ ...options, platforms: result.platforms }, meta, result))
  );
  await writeSummary(
    buildSummaryMarkdown({
      mode: options.mode,
      builder: result.builder,
      images: options.images,
      tags: meta.tags,
      pushed: true,
      digest: result.digest,
      imageRef,
      platforms: result.platforms
    })
  );
}
async function post() {
  const dir = getState(STATE_DIR);
  if (dir === "") return;
  const registry = getState(STATE_REGISTRY);
  await removeDockerConfig(dir, registry ? [registry] : []);
  info(`Removed the temporary docker config ${dir}`);
}

// src/actions/build/index.ts
await runAction(run, post);

// Dependencies compiled on first use (scripts/embedded-modules.ts): execa, yaml, zod
// gantry-embedded-begin execa
// var __create = Object.create;
// var __defProp = Object.defineProperty;
// var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
// var __getOwnPropNames = Object.getOwnPropertyNames;
// var __getProtoOf = Object.getPrototypeOf;
// var __hasOwnProp = Object.prototype.hasOwnProperty;
// var __commonJS = (cb, mod) => function __require() {
//   try {
//     return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
//   } catch (e) {
//     throw mod = 0, e;
//   }
// };
// var __export = (target, all) => {
//   for (var name in all)
//     __defProp(target, name, { get: all[name], enumerable: true });
// };
// var __copyProps = (to, from, except, desc) => {
//   if (from && typeof from === "object" || typeof from === "function") {
//     for (let key of __getOwnPropNames(from))
//       if (!__hasOwnProp.call(to, key) && key !== except)
//         __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
//   }
//   return to;
// };
// var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
//   // If the importer is in node compatibility mode or this is not an ESM
//   // file that has been converted to a CommonJS file using a Babel-
//   // compatible transform (i.e. "__esModule" has not been set), then set
//   // "default" to the CommonJS "module.exports" for node compatibility.
//   isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
//   mod
// ));
// var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
// 
// // builtin-via-require:node:url
// var require_node_url = __commonJS({
//   "builtin-via-require:node:url"(exports2, module2) {
//     module2.exports = require("node:url");
//   }
// });
// 
// // builtin-via-require:node:child_process
// var require_node_child_process = __commonJS({
//   "builtin-via-require:node:child_process"(exports2, module2) {
//     var loaded;
//     var load2 = () => loaded ??= require("node:child_process");
//     module2.exports = {
//       get "ChildProcess"() {
//         return load2()["ChildProcess"];
//       },
//       get "_forkChild"() {
//         return load2()["_forkChild"];
//       },
//       get "exec"() {
//         return load2()["exec"];
//       },
//       get "execFile"() {
//         return load2()["execFile"];
//       },
//       get "execFileSync"() {
//         return load2()["execFileSync"];
//       },
//       get "execSync"() {
//         return load2()["execSync"];
//       },
//       get "fork"() {
//         return load2()["fork"];
//       },
//       get "spawn"() {
//         return load2()["spawn"];
//       },
//       get "spawnSync"() {
//         return load2()["spawnSync"];
//       }
//     };
//   }
// });
// 
// // builtin-via-require:node:string_decoder
// var require_node_string_decoder = __commonJS({
//   "builtin-via-require:node:string_decoder"(exports2, module2) {
//     module2.exports = require("node:string_decoder");
//   }
// });
// 
// // builtin-via-require:node:util
// var require_node_util = __commonJS({
//   "builtin-via-require:node:util"(exports2, module2) {
//     module2.exports = require("node:util");
//   }
// });
// 
// // builtin-via-require:node:process
// var require_node_process = __commonJS({
//   "builtin-via-require:node:process"(exports2, module2) {
//     module2.exports = require("node:process");
//   }
// });
// 
// // builtin-via-require:node:tty
// var require_node_tty = __commonJS({
//   "builtin-via-require:node:tty"(exports2, module2) {
//     module2.exports = require("node:tty");
//   }
// });
// 
// // builtin-via-require:node:path
// var require_node_path = __commonJS({
//   "builtin-via-require:node:path"(exports2, module2) {
//     module2.exports = require("node:path");
//   }
// });
// 
// // node_modules/isexe/windows.js
// var require_windows = __commonJS({
//   "node_modules/isexe/windows.js"(exports2, module2) {
//     module2.exports = isexe;
//     isexe.sync = sync;
//     var fs = require("fs");
//     function checkPathExt(path6, options) {
//       var pathext = options.pathExt !== void 0 ? options.pathExt : process.env.PATHEXT;
//       if (!pathext) {
//         return true;
//       }
//       pathext = pathext.split(";");
//       if (pathext.indexOf("") !== -1) {
//         return true;
//       }
//       for (var i2 = 0; i2 < pathext.length; i2++) {
//         var p = pathext[i2].toLowerCase();
//         if (p && path6.substr(-p.length).toLowerCase() === p) {
//           return true;
//         }
//       }
//       return false;
//     }
//     function checkStat(stat, path6, options) {
//       if (!stat.isSymbolicLink() && !stat.isFile()) {
//         return false;
//       }
//       return checkPathExt(path6, options);
//     }
//     function isexe(path6, options, cb) {
//       fs.stat(path6, function(er, stat) {
//         cb(er, er ? false : checkStat(stat, path6, options));
//       });
//     }
//     function sync(path6, options) {
//       return checkStat(fs.statSync(path6), path6, options);
//     }
//   }
// });
// 
// // node_modules/isexe/mode.js
// var require_mode = __commonJS({
//   "node_modules/isexe/mode.js"(exports2, module2) {
//     module2.exports = isexe;
//     isexe.sync = sync;
//     var fs = require("fs");
//     function isexe(path6, options, cb) {
//       fs.stat(path6, function(er, stat) {
//         cb(er, er ? false : checkStat(stat, options));
//       });
//     }
//     function sync(path6, options) {
//       return checkStat(fs.statSync(path6), options);
//     }
//     function checkStat(stat, options) {
//       return stat.isFile() && checkMode(stat, options);
//     }
//     function checkMode(stat, options) {
//       var mod = stat.mode;
//       var uid = stat.uid;
//       var gid = stat.gid;
//       var myUid = options.uid !== void 0 ? options.uid : process.getuid && process.getuid();
//       var myGid = options.gid !== void 0 ? options.gid : process.getgid && process.getgid();
//       var u2 = parseInt("100", 8);
//       var g = parseInt("010", 8);
//       var o2 = parseInt("001", 8);
//       var ug = u2 | g;
//       var ret = mod & o2 || mod & g && gid === myGid || mod & u2 && uid === myUid || mod & ug && myUid === 0;
//       return ret;
//     }
//   }
// });
// 
// // node_modules/isexe/index.js
// var require_isexe = __commonJS({
//   "node_modules/isexe/index.js"(exports2, module2) {
//     var fs = require("fs");
//     var core;
//     if (process.platform === "win32" || global.TESTING_WINDOWS) {
//       core = require_windows();
//     } else {
//       core = require_mode();
//     }
//     module2.exports = isexe;
//     isexe.sync = sync;
//     function isexe(path6, options, cb) {
//       if (typeof options === "function") {
//         cb = options;
//         options = {};
//       }
//       if (!cb) {
//         if (typeof Promise !== "function") {
//           throw new TypeError("callback not provided");
//         }
//         return new Promise(function(resolve, reject) {
//           isexe(path6, options || {}, function(er, is) {
//             if (er) {
//               reject(er);
//             } else {
//               resolve(is);
//             }
//           });
//         });
//       }
//       core(path6, options || {}, function(er, is) {
//         if (er) {
//           if (er.code === "EACCES" || options && options.ignoreErrors) {
//             er = null;
//             is = false;
//           }
//         }
//         cb(er, is);
//       });
//     }
//     function sync(path6, options) {
//       try {
//         return core.sync(path6, options || {});
//       } catch (er) {
//         if (options && options.ignoreErrors || er.code === "EACCES") {
//           return false;
//         } else {
//           throw er;
//         }
//       }
//     }
//   }
// });
// 
// // node_modules/which/which.js
// var require_which = __commonJS({
//   "node_modules/which/which.js"(exports2, module2) {
//     var isWindows = process.platform === "win32" || process.env.OSTYPE === "cygwin" || process.env.OSTYPE === "msys";
//     var path6 = require("path");
//     var COLON = isWindows ? ";" : ":";
//     var isexe = require_isexe();
//     var getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" });
//     var getPathInfo = (cmd, opt) => {
//       const colon = opt.colon || COLON;
//       const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? [""] : [
//         // windows always checks the cwd first
//         ...isWindows ? [process.cwd()] : [],
//         ...(opt.path || process.env.PATH || /* istanbul ignore next: very unusual */
//         "").split(colon)
//       ];
//       const pathExtExe = isWindows ? opt.pathExt || process.env.PATHEXT || ".EXE;.CMD;.BAT;.COM" : "";
//       const pathExt = isWindows ? pathExtExe.split(colon) : [""];
//       if (isWindows) {
//         if (cmd.indexOf(".") !== -1 && pathExt[0] !== "")
//           pathExt.unshift("");
//       }
//       return {
//         pathEnv,
//         pathExt,
//         pathExtExe
//       };
//     };
//     var which = (cmd, opt, cb) => {
//       if (typeof opt === "function") {
//         cb = opt;
//         opt = {};
//       }
//       if (!opt)
//         opt = {};
//       const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
//       const found = [];
//       const step = (i2) => new Promise((resolve, reject) => {
//         if (i2 === pathEnv.length)
//           return opt.all && found.length ? resolve(found) : reject(getNotFoundError(cmd));
//         const ppRaw = pathEnv[i2];
//         const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
//         const pCmd = path6.join(pathPart, cmd);
//         const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
//         resolve(subStep(p, i2, 0));
//       });
//       const subStep = (p, i2, ii) => new Promise((resolve, reject) => {
//         if (ii === pathExt.length)
//           return resolve(step(i2 + 1));
//         const ext = pathExt[ii];
//         isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
//           if (!er && is) {
//             if (opt.all)
//               found.push(p + ext);
//             else
//               return resolve(p + ext);
//           }
//           return resolve(subStep(p, i2, ii + 1));
//         });
//       });
//       return cb ? step(0).then((res) => cb(null, res), cb) : step(0);
//     };
//     var whichSync = (cmd, opt) => {
//       opt = opt || {};
//       const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
//       const found = [];
//       for (let i2 = 0; i2 < pathEnv.length; i2++) {
//         const ppRaw = pathEnv[i2];
//         const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
//         const pCmd = path6.join(pathPart, cmd);
//         const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
//         for (let j = 0; j < pathExt.length; j++) {
//           const cur = p + pathExt[j];
//           try {
//             const is = isexe.sync(cur, { pathExt: pathExtExe });
//             if (is) {
//               if (opt.all)
//                 found.push(cur);
//               else
//                 return cur;
//             }
//           } catch (ex) {
//           }
//         }
//       }
//       if (opt.all && found.length)
//         return found;
//       if (opt.nothrow)
//         return null;
//       throw getNotFoundError(cmd);
//     };
//     module2.exports = which;
//     which.sync = whichSync;
//   }
// });
// 
// // node_modules/path-key/index.js
// var require_path_key = __commonJS({
//   "node_modules/path-key/index.js"(exports2, module2) {
//     "use strict";
//     var pathKey2 = (options = {}) => {
//       const environment = options.env || process.env;
//       const platform2 = options.platform || process.platform;
//       if (platform2 !== "win32") {
//         return "PATH";
//       }
//       return Object.keys(environment).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
//     };
//     module2.exports = pathKey2;
//     module2.exports.default = pathKey2;
//   }
// });
// 
// // node_modules/cross-spawn/lib/util/resolveCommand.js
// var require_resolveCommand = __commonJS({
//   "node_modules/cross-spawn/lib/util/resolveCommand.js"(exports2, module2) {
//     "use strict";
//     var path6 = require("path");
//     var which = require_which();
//     var getPathKey = require_path_key();
//     function resolveCommandAttempt(parsed, withoutPathExt) {
//       const env = parsed.options.env || process.env;
//       const cwd = process.cwd();
//       const hasCustomCwd = parsed.options.cwd != null;
//       const shouldSwitchCwd = hasCustomCwd && process.chdir !== void 0 && !process.chdir.disabled;
//       if (shouldSwitchCwd) {
//         try {
//           process.chdir(parsed.options.cwd);
//         } catch (err) {
//         }
//       }
//       let resolved;
//       try {
//         resolved = which.sync(parsed.command, {
//           path: env[getPathKey({ env })],
//           pathExt: withoutPathExt ? path6.delimiter : void 0
//         });
//       } catch (e) {
//       } finally {
//         if (shouldSwitchCwd) {
//           process.chdir(cwd);
//         }
//       }
//       if (resolved) {
//         resolved = path6.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
//       }
//       return resolved;
//     }
//     function resolveCommand(parsed) {
//       return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
//     }
//     module2.exports = resolveCommand;
//   }
// });
// 
// // node_modules/cross-spawn/lib/util/escape.js
// var require_escape = __commonJS({
//   "node_modules/cross-spawn/lib/util/escape.js"(exports2, module2) {
//     "use strict";
//     var metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;
//     function escapeCommand(arg) {
//       arg = arg.replace(metaCharsRegExp, "^$1");
//       return arg;
//     }
//     function escapeArgument(arg, doubleEscapeMetaChars) {
//       arg = `${arg}`;
//       arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');
//       arg = arg.replace(/(?=(\\+?)?)\1$/, "$1$1");
//       arg = `"${arg}"`;
//       arg = arg.replace(metaCharsRegExp, "^$1");
//       if (doubleEscapeMetaChars) {
//         arg = arg.replace(metaCharsRegExp, "^$1");
//       }
//       return arg;
//     }
//     module2.exports.command = escapeCommand;
//     module2.exports.argument = escapeArgument;
//   }
// });
// 
// // node_modules/shebang-regex/index.js
// var require_shebang_regex = __commonJS({
//   "node_modules/shebang-regex/index.js"(exports2, module2) {
//     "use strict";
//     module2.exports = /^#!(.*)/;
//   }
// });
// 
// // node_modules/shebang-command/index.js
// var require_shebang_command = __commonJS({
//   "node_modules/shebang-command/index.js"(exports2, module2) {
//     "use strict";
//     var shebangRegex = require_shebang_regex();
//     module2.exports = (string = "") => {
//       const match = string.match(shebangRegex);
//       if (!match) {
//         return null;
//       }
//       const [path6, argument] = match[0].replace(/#! ?/, "").split(" ");
//       const binary = path6.split("/").pop();
//       if (binary === "env") {
//         return argument;
//       }
//       return argument ? `${binary} ${argument}` : binary;
//     };
//   }
// });
// 
// // node_modules/cross-spawn/lib/util/readShebang.js
// var require_readShebang = __commonJS({
//   "node_modules/cross-spawn/lib/util/readShebang.js"(exports2, module2) {
//     "use strict";
//     var fs = require("fs");
//     var shebangCommand = require_shebang_command();
//     function readShebang(command) {
//       const size = 150;
//       const buffer = Buffer.alloc(size);
//       let fd;
//       try {
//         fd = fs.openSync(command, "r");
//         fs.readSync(fd, buffer, 0, size, 0);
//         fs.closeSync(fd);
//       } catch (e) {
//       }
//       return shebangCommand(buffer.toString());
//     }
//     module2.exports = readShebang;
//   }
// });
// 
// // node_modules/cross-spawn/lib/parse.js
// var require_parse = __commonJS({
//   "node_modules/cross-spawn/lib/parse.js"(exports2, module2) {
//     "use strict";
//     var path6 = require("path");
//     var resolveCommand = require_resolveCommand();
//     var escape = require_escape();
//     var readShebang = require_readShebang();
//     var isWin = process.platform === "win32";
//     var isExecutableRegExp = /\.(?:com|exe)$/i;
//     var isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;
//     function detectShebang(parsed) {
//       parsed.file = resolveCommand(parsed);
//       const shebang = parsed.file && readShebang(parsed.file);
//       if (shebang) {
//         parsed.args.unshift(parsed.file);
//         parsed.command = shebang;
//         return resolveCommand(parsed);
//       }
//       return parsed.file;
//     }
//     function parseNonShell(parsed) {
//       if (!isWin) {
//         return parsed;
//       }
//       const commandFile = detectShebang(parsed);
//       const needsShell = !isExecutableRegExp.test(commandFile);
//       if (parsed.options.forceShell || needsShell) {
//         const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);
//         parsed.command = path6.normalize(parsed.command);
//         parsed.command = escape.command(parsed.command);
//         parsed.args = parsed.args.map((arg) => escape.argument(arg, needsDoubleEscapeMetaChars));
//         const shellCommand = [parsed.command].concat(parsed.args).join(" ");
//         parsed.args = ["/d", "/s", "/c", `"${shellCommand}"`];
//         parsed.command = process.env.comspec || "cmd.exe";
//         parsed.options.windowsVerbatimArguments = true;
//       }
//       return parsed;
//     }
//     function parse(command, args, options) {
//       if (args && !Array.isArray(args)) {
//         options = args;
//         args = null;
//       }
//       args = args ? args.slice(0) : [];
//       options = Object.assign({}, options);
//       const parsed = {
//         command,
//         args,
//         options,
//         file: void 0,
//         original: {
//           command,
//           args
//         }
//       };
//       return options.shell ? parsed : parseNonShell(parsed);
//     }
//     module2.exports = parse;
//   }
// });
// 
// // node_modules/cross-spawn/lib/enoent.js
// var require_enoent = __commonJS({
//   "node_modules/cross-spawn/lib/enoent.js"(exports2, module2) {
//     "use strict";
//     var isWin = process.platform === "win32";
//     function notFoundError(original, syscall) {
//       return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
//         code: "ENOENT",
//         errno: "ENOENT",
//         syscall: `${syscall} ${original.command}`,
//         path: original.command,
//         spawnargs: original.args
//       });
//     }
//     function hookChildProcess(cp, parsed) {
//       if (!isWin) {
//         return;
//       }
//       const originalEmit = cp.emit;
//       cp.emit = function(name, arg1) {
//         if (name === "exit") {
//           const err = verifyENOENT(arg1, parsed);
//           if (err) {
//             return originalEmit.call(cp, "error", err);
//           }
//         }
//         return originalEmit.apply(cp, arguments);
//       };
//     }
//     function verifyENOENT(status, parsed) {
//       if (isWin && status === 1 && !parsed.file) {
//         return notFoundError(parsed.original, "spawn");
//       }
//       return null;
//     }
//     function verifyENOENTSync(status, parsed) {
//       if (isWin && status === 1 && !parsed.file) {
//         return notFoundError(parsed.original, "spawnSync");
//       }
//       return null;
//     }
//     module2.exports = {
//       hookChildProcess,
//       verifyENOENT,
//       verifyENOENTSync,
//       notFoundError
//     };
//   }
// });
// 
// // node_modules/cross-spawn/index.js
// var require_cross_spawn = __commonJS({
//   "node_modules/cross-spawn/index.js"(exports2, module2) {
//     "use strict";
//     var cp = require("child_process");
//     var parse = require_parse();
//     var enoent = require_enoent();
//     function spawn2(command, args, options) {
//       const parsed = parse(command, args, options);
//       const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);
//       enoent.hookChildProcess(spawned, parsed);
//       return spawned;
//     }
//     function spawnSync2(command, args, options) {
//       const parsed = parse(command, args, options);
//       const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);
//       result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);
//       return result;
//     }
//     module2.exports = spawn2;
//     module2.exports.spawn = spawn2;
//     module2.exports.sync = spawnSync2;
//     module2.exports._parse = parse;
//     module2.exports._enoent = enoent;
//   }
// });
// 
// // builtin-via-require:node:timers/promises
// var require_promises = __commonJS({
//   "builtin-via-require:node:timers/promises"(exports2, module2) {
//     var loaded;
//     var load2 = () => loaded ??= require("node:timers/promises");
//     module2.exports = {
//       get "scheduler"() {
//         return load2()["scheduler"];
//       },
//       get "setImmediate"() {
//         return load2()["setImmediate"];
//       },
//       get "setInterval"() {
//         return load2()["setInterval"];
//       },
//       get "setTimeout"() {
//         return load2()["setTimeout"];
//       }
//     };
//   }
// });
// 
// // builtin-via-require:node:os
// var require_node_os = __commonJS({
//   "builtin-via-require:node:os"(exports2, module2) {
//     module2.exports = require("node:os");
//   }
// });
// 
// // builtin-via-require:node:events
// var require_node_events = __commonJS({
//   "builtin-via-require:node:events"(exports2, module2) {
//     module2.exports = require("node:events");
//   }
// });
// 
// // builtin-via-require:node:v8
// var require_node_v8 = __commonJS({
//   "builtin-via-require:node:v8"(exports2, module2) {
//     module2.exports = require("node:v8");
//   }
// });
// 
// // builtin-via-require:node:fs
// var require_node_fs = __commonJS({
//   "builtin-via-require:node:fs"(exports2, module2) {
//     module2.exports = require("node:fs");
//   }
// });
// 
// // builtin-via-require:node:stream/promises
// var require_promises2 = __commonJS({
//   "builtin-via-require:node:stream/promises"(exports2, module2) {
//     var loaded;
//     var load2 = () => loaded ??= require("node:stream/promises");
//     module2.exports = {
//       get "finished"() {
//         return load2()["finished"];
//       },
//       get "pipeline"() {
//         return load2()["pipeline"];
//       }
//     };
//   }
// });
// 
// // builtin-via-require:node:stream
// var require_node_stream = __commonJS({
//   "builtin-via-require:node:stream"(exports2, module2) {
//     module2.exports = require("node:stream");
//   }
// });
// 
// // builtin-via-require:node:buffer
// var require_node_buffer = __commonJS({
//   "builtin-via-require:node:buffer"(exports2, module2) {
//     module2.exports = require("node:buffer");
//   }
// });
// 
// // <stdin>
// var stdin_exports = {};
// __export(stdin_exports, {
//   $: () => $,
//   ExecaError: () => ExecaError,
//   ExecaSyncError: () => ExecaSyncError,
//   execa: () => execa,
//   execaCommand: () => execaCommand,
//   execaCommandSync: () => execaCommandSync,
//   execaNode: () => execaNode,
//   execaSync: () => execaSync,
//   getCancelSignal: () => getCancelSignal2,
//   getEachMessage: () => getEachMessage2,
//   getOneMessage: () => getOneMessage2,
//   parseCommandString: () => parseCommandString,
//   sendMessage: () => sendMessage2
// });
// module.exports = __toCommonJS(stdin_exports);
// 
// // node_modules/is-plain-obj/index.js
// function isPlainObject(value) {
//   if (typeof value !== "object" || value === null) {
//     return false;
//   }
//   const prototype = Object.getPrototypeOf(value);
//   return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
// }
// 
// // node_modules/execa/lib/arguments/file-url.js
// var import_node_url = __toESM(require_node_url(), 1);
// var safeNormalizeFileUrl = (file, name) => {
//   const fileString = normalizeFileUrl(normalizeDenoExecPath(file));
//   if (typeof fileString !== "string") {
//     throw new TypeError(`${name} must be a string or a file URL: ${fileString}.`);
//   }
//   return fileString;
// };
// var normalizeDenoExecPath = (file) => isDenoExecPath(file) ? file.toString() : file;
// var isDenoExecPath = (file) => typeof file !== "string" && file && Object.getPrototypeOf(file) === String.prototype;
// var normalizeFileUrl = (file) => file instanceof URL ? (0, import_node_url.fileURLToPath)(file) : file;
// 
// // node_modules/execa/lib/methods/parameters.js
// var normalizeParameters = (rawFile, rawArguments = [], rawOptions = {}) => {
//   const filePath = safeNormalizeFileUrl(rawFile, "First argument");
//   const [commandArguments, options] = isPlainObject(rawArguments) ? [[], rawArguments] : [rawArguments, rawOptions];
//   if (!Array.isArray(commandArguments)) {
//     throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
//   }
//   if (commandArguments.some((commandArgument) => typeof commandArgument === "object" && commandArgument !== null)) {
//     throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
//   }
//   const normalizedArguments = commandArguments.map(String);
//   const nullByteArgument = normalizedArguments.find((normalizedArgument) => normalizedArgument.includes("\0"));
//   if (nullByteArgument !== void 0) {
//     throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
//   }
//   if (!isPlainObject(options)) {
//     throw new TypeError(`Last argument must be an options object: ${options}`);
//   }
//   return [filePath, normalizedArguments, options];
// };
// 
// // node_modules/execa/lib/methods/template.js
// var import_node_child_process = __toESM(require_node_child_process(), 1);
// 
// // node_modules/execa/lib/utils/uint-array.js
// var import_node_string_decoder = __toESM(require_node_string_decoder(), 1);
// var { toString: objectToString } = Object.prototype;
// var isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
// var isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
// var bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
// var textEncoder = new TextEncoder();
// var stringToUint8Array = (string) => textEncoder.encode(string);
// var textDecoder = new TextDecoder();
// var uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
// var joinToString = (uint8ArraysOrStrings, encoding) => {
//   const strings = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
//   return strings.join("");
// };
// var uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
//   if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
//     return uint8ArraysOrStrings;
//   }
//   const decoder = new import_node_string_decoder.StringDecoder(encoding);
//   const strings = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder.write(uint8Array));
//   const finalString = decoder.end();
//   return finalString === "" ? strings : [...strings, finalString];
// };
// var joinToUint8Array = (uint8ArraysOrStrings) => {
//   if (uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0])) {
//     return uint8ArraysOrStrings[0];
//   }
//   return concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
// };
// var stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
// var concatUint8Arrays = (uint8Arrays) => {
//   const result = new Uint8Array(getJoinLength(uint8Arrays));
//   let index = 0;
//   for (const uint8Array of uint8Arrays) {
//     result.set(uint8Array, index);
//     index += uint8Array.length;
//   }
//   return result;
// };
// var getJoinLength = (uint8Arrays) => {
//   let joinLength = 0;
//   for (const uint8Array of uint8Arrays) {
//     joinLength += uint8Array.length;
//   }
//   return joinLength;
// };
// 
// // node_modules/execa/lib/methods/template.js
// var isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
// var parseTemplates = (templates, expressions) => {
//   let tokens = [];
//   for (const [index, template] of templates.entries()) {
//     tokens = parseTemplate({
//       templates,
//       expressions,
//       tokens,
//       index,
//       template
//     });
//   }
//   if (tokens.length === 0) {
//     throw new TypeError("Template script must not be empty");
//   }
//   const [file, ...commandArguments] = tokens;
//   return [file, commandArguments, {}];
// };
// var parseTemplate = ({ templates, expressions, tokens, index, template }) => {
//   if (template === void 0) {
//     throw new TypeError(`Invalid backslash sequence: ${templates.raw[index]}`);
//   }
//   const { nextTokens, leadingWhitespaces, trailingWhitespaces } = splitByWhitespaces(template, templates.raw[index]);
//   const newTokens = concatTokens(tokens, nextTokens, leadingWhitespaces);
//   if (index === expressions.length) {
//     return newTokens;
//   }
//   const expression = expressions[index];
//   const expressionTokens = Array.isArray(expression) ? expression.map((expression2) => parseExpression(expression2)) : [parseExpression(expression)];
//   return concatTokens(newTokens, expressionTokens, trailingWhitespaces);
// };
// var splitByWhitespaces = (template, rawTemplate) => {
//   if (rawTemplate.length === 0) {
//     return { nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false };
//   }
//   const nextTokens = [];
//   let templateStart = 0;
//   const leadingWhitespaces = DELIMITERS.has(rawTemplate[0]);
//   for (let templateIndex = 0, rawIndex = 0; templateIndex < template.length; templateIndex += 1, rawIndex += 1) {
//     const rawCharacter = rawTemplate[rawIndex];
//     if (DELIMITERS.has(rawCharacter)) {
//       if (templateStart !== templateIndex) {
//         nextTokens.push(template.slice(templateStart, templateIndex));
//       }
//       templateStart = templateIndex + 1;
//     } else if (rawCharacter === "\\") {
//       const nextRawCharacter = rawTemplate[rawIndex + 1];
//       if (nextRawCharacter === "\n") {
//         templateIndex -= 1;
//         rawIndex += 1;
//       } else if (nextRawCharacter === "u" && rawTemplate[rawIndex + 2] === "{") {
//         rawIndex = rawTemplate.indexOf("}", rawIndex + 3);
//       } else {
//         rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
//       }
//     }
//   }
//   const trailingWhitespaces = templateStart === template.length;
//   if (!trailingWhitespaces) {
//     nextTokens.push(template.slice(templateStart));
//   }
//   return { nextTokens, leadingWhitespaces, trailingWhitespaces };
// };
// var DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
// var ESCAPE_LENGTH = { x: 3, u: 5 };
// var concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
//   ...tokens.slice(0, -1),
//   `${tokens.at(-1)}${nextTokens[0]}`,
//   ...nextTokens.slice(1)
// ];
// var parseExpression = (expression) => {
//   const typeOfExpression = typeof expression;
//   if (typeOfExpression === "string") {
//     return expression;
//   }
//   if (typeOfExpression === "number") {
//     return String(expression);
//   }
//   if (isPlainObject(expression) && ("stdout" in expression || "isMaxBuffer" in expression)) {
//     return getSubprocessResult(expression);
//   }
//   if (expression instanceof import_node_child_process.ChildProcess || Object.prototype.toString.call(expression) === "[object Promise]") {
//     throw new TypeError("Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.");
//   }
//   throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
// };
// var getSubprocessResult = ({ stdout }) => {
//   if (typeof stdout === "string") {
//     return stdout;
//   }
//   if (isUint8Array(stdout)) {
//     return uint8ArrayToString(stdout);
//   }
//   if (stdout === void 0) {
//     throw new TypeError(`Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`);
//   }
//   throw new TypeError(`Unexpected "${typeof stdout}" stdout in template expression`);
// };
// 
// // node_modules/execa/lib/methods/main-sync.js
// var import_node_child_process3 = __toESM(require_node_child_process(), 1);
// 
// // node_modules/execa/lib/arguments/specific.js
// var import_node_util = __toESM(require_node_util(), 1);
// 
// // node_modules/execa/lib/utils/standard-stream.js
// var import_node_process = __toESM(require_node_process(), 1);
// var isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
// var STANDARD_STREAMS = [import_node_process.default.stdin, import_node_process.default.stdout, import_node_process.default.stderr];
// var STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
// var getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;
// 
// // node_modules/execa/lib/arguments/specific.js
// var normalizeFdSpecificOptions = (options) => {
//   const optionsCopy = { ...options };
//   for (const optionName of FD_SPECIFIC_OPTIONS) {
//     optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
//   }
//   return optionsCopy;
// };
// var normalizeFdSpecificOption = (options, optionName) => {
//   const optionBaseArray = Array.from({ length: getStdioLength(options) + 1 });
//   const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName);
//   return addDefaultValue(optionArray, optionName);
// };
// var getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
// var normalizeFdSpecificValue = (optionValue, optionArray, optionName) => isPlainObject(optionValue) ? normalizeOptionObject(optionValue, optionArray, optionName) : optionArray.fill(optionValue);
// var normalizeOptionObject = (optionValue, optionArray, optionName) => {
//   for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
//     for (const fdNumber of parseFdName(fdName, optionName, optionArray)) {
//       optionArray[fdNumber] = optionValue[fdName];
//     }
//   }
//   return optionArray;
// };
// var compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
// var getFdNameOrder = (fdName) => {
//   if (fdName === "stdout" || fdName === "stderr") {
//     return 0;
//   }
//   return fdName === "all" ? 2 : 1;
// };
// var parseFdName = (fdName, optionName, optionArray) => {
//   if (fdName === "ipc") {
//     return [optionArray.length - 1];
//   }
//   const fdNumber = parseFd(fdName);
//   if (fdNumber === void 0 || fdNumber === 0) {
//     throw new TypeError(`"${optionName}.${fdName}" is invalid.
// It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
//   }
//   if (fdNumber >= optionArray.length) {
//     throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
// Please set the "stdio" option to ensure that file descriptor exists.`);
//   }
//   return fdNumber === "all" ? [1, 2] : [fdNumber];
// };
// var parseFd = (fdName) => {
//   if (fdName === "all") {
//     return fdName;
//   }
//   if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
//     return STANDARD_STREAMS_ALIASES.indexOf(fdName);
//   }
//   const regexpResult = FD_REGEXP.exec(fdName);
//   if (regexpResult !== null) {
//     return Number(regexpResult[1]);
//   }
// };
// var FD_REGEXP = /^fd(\d+)$/;
// var addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
// var verboseDefault = (0, import_node_util.debuglog)("execa").enabled ? "full" : "none";
// var DEFAULT_OPTIONS = {
//   lines: false,
//   buffer: true,
//   maxBuffer: 1e3 * 1e3 * 100,
//   verbose: verboseDefault,
//   stripFinalNewline: true
// };
// var FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
// var getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];
// 
// // node_modules/execa/lib/verbose/values.js
// var isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
// var isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
// var getVerboseFunction = ({ verbose }, fdNumber) => {
//   const fdVerbose = getFdVerbose(verbose, fdNumber);
//   return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
// };
// var getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
// var getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
// var isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
// var VERBOSE_VALUES = ["none", "short", "full"];
// 
// // node_modules/execa/lib/verbose/log.js
// var import_node_util3 = __toESM(require_node_util(), 1);
// 
// // node_modules/execa/lib/arguments/escape.js
// var import_node_process2 = __toESM(require_node_process(), 1);
// var import_node_util2 = __toESM(require_node_util(), 1);
// var joinCommand = (filePath, rawArguments) => {
//   const fileAndArguments = [filePath, ...rawArguments];
//   const command = fileAndArguments.join(" ");
//   const escapedCommand = fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
//   return { command, escapedCommand };
// };
// var escapeLines = (lines) => (0, import_node_util2.stripVTControlCharacters)(lines).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
// var escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
// var escapeControlCharacter = (character) => {
//   const commonEscape = COMMON_ESCAPES[character];
//   if (commonEscape !== void 0) {
//     return commonEscape;
//   }
//   const codepoint = character.codePointAt(0);
//   const codepointHex = codepoint.toString(16);
//   return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
// };
// var getSpecialCharRegExp = () => {
//   try {
//     return new RegExp("\\p{Separator}|\\p{Other}", "gu");
//   } catch {
//     return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
//   }
// };
// var SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
// var COMMON_ESCAPES = {
//   " ": " ",
//   "\b": "\\b",
//   "\f": "\\f",
//   "\n": "\\n",
//   "\r": "\\r",
//   "	": "\\t"
// };
// var ASTRAL_START = 65535;
// var quoteString = (escapedArgument) => {
//   if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
//     return escapedArgument;
//   }
//   return import_node_process2.platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
// };
// var NO_ESCAPE_REGEXP = /^[\w./-]+$/;
// 
// // node_modules/is-unicode-supported/index.js
// var import_node_process3 = __toESM(require_node_process(), 1);
// function isUnicodeSupported() {
//   const { env } = import_node_process3.default;
//   const { TERM, TERM_PROGRAM } = env;
//   if (import_node_process3.default.platform !== "win32") {
//     return TERM !== "linux";
//   }
//   return Boolean(env.WT_SESSION) || Boolean(env.TERMINUS_SUBLIME) || env.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env.TERMINAL_EMULATOR === "JetBrains-JediTerm";
// }
// 
// // node_modules/figures/index.js
// var common = {
//   circleQuestionMark: "(?)",
//   questionMarkPrefix: "(?)",
//   square: "\u2588",
//   squareDarkShade: "\u2593",
//   squareMediumShade: "\u2592",
//   squareLightShade: "\u2591",
//   squareTop: "\u2580",
//   squareBottom: "\u2584",
//   squareLeft: "\u258C",
//   squareRight: "\u2590",
//   squareCenter: "\u25A0",
//   bullet: "\u25CF",
//   dot: "\u2024",
//   ellipsis: "\u2026",
//   pointerSmall: "\u203A",
//   triangleUp: "\u25B2",
//   triangleUpSmall: "\u25B4",
//   triangleDown: "\u25BC",
//   triangleDownSmall: "\u25BE",
//   triangleLeftSmall: "\u25C2",
//   triangleRightSmall: "\u25B8",
//   home: "\u2302",
//   heart: "\u2665",
//   musicNote: "\u266A",
//   musicNoteBeamed: "\u266B",
//   arrowUp: "\u2191",
//   arrowDown: "\u2193",
//   arrowLeft: "\u2190",
//   arrowRight: "\u2192",
//   arrowLeftRight: "\u2194",
//   arrowUpDown: "\u2195",
//   almostEqual: "\u2248",
//   notEqual: "\u2260",
//   lessOrEqual: "\u2264",
//   greaterOrEqual: "\u2265",
//   identical: "\u2261",
//   infinity: "\u221E",
//   subscriptZero: "\u2080",
//   subscriptOne: "\u2081",
//   subscriptTwo: "\u2082",
//   subscriptThree: "\u2083",
//   subscriptFour: "\u2084",
//   subscriptFive: "\u2085",
//   subscriptSix: "\u2086",
//   subscriptSeven: "\u2087",
//   subscriptEight: "\u2088",
//   subscriptNine: "\u2089",
//   oneHalf: "\xBD",
//   oneThird: "\u2153",
//   oneQuarter: "\xBC",
//   oneFifth: "\u2155",
//   oneSixth: "\u2159",
//   oneEighth: "\u215B",
//   twoThirds: "\u2154",
//   twoFifths: "\u2156",
//   threeQuarters: "\xBE",
//   threeFifths: "\u2157",
//   threeEighths: "\u215C",
//   fourFifths: "\u2158",
//   fiveSixths: "\u215A",
//   fiveEighths: "\u215D",
//   sevenEighths: "\u215E",
//   line: "\u2500",
//   lineBold: "\u2501",
//   lineDouble: "\u2550",
//   lineDashed0: "\u2504",
//   lineDashed1: "\u2505",
//   lineDashed2: "\u2508",
//   lineDashed3: "\u2509",
//   lineDashed4: "\u254C",
//   lineDashed5: "\u254D",
//   lineDashed6: "\u2574",
//   lineDashed7: "\u2576",
//   lineDashed8: "\u2578",
//   lineDashed9: "\u257A",
//   lineDashed10: "\u257C",
//   lineDashed11: "\u257E",
//   lineDashed12: "\u2212",
//   lineDashed13: "\u2013",
//   lineDashed14: "\u2010",
//   lineDashed15: "\u2043",
//   lineVertical: "\u2502",
//   lineVerticalBold: "\u2503",
//   lineVerticalDouble: "\u2551",
//   lineVerticalDashed0: "\u2506",
//   lineVerticalDashed1: "\u2507",
//   lineVerticalDashed2: "\u250A",
//   lineVerticalDashed3: "\u250B",
//   lineVerticalDashed4: "\u254E",
//   lineVerticalDashed5: "\u254F",
//   lineVerticalDashed6: "\u2575",
//   lineVerticalDashed7: "\u2577",
//   lineVerticalDashed8: "\u2579",
//   lineVerticalDashed9: "\u257B",
//   lineVerticalDashed10: "\u257D",
//   lineVerticalDashed11: "\u257F",
//   lineDownLeft: "\u2510",
//   lineDownLeftArc: "\u256E",
//   lineDownBoldLeftBold: "\u2513",
//   lineDownBoldLeft: "\u2512",
//   lineDownLeftBold: "\u2511",
//   lineDownDoubleLeftDouble: "\u2557",
//   lineDownDoubleLeft: "\u2556",
//   lineDownLeftDouble: "\u2555",
//   lineDownRight: "\u250C",
//   lineDownRightArc: "\u256D",
//   lineDownBoldRightBold: "\u250F",
//   lineDownBoldRight: "\u250E",
//   lineDownRightBold: "\u250D",
//   lineDownDoubleRightDouble: "\u2554",
//   lineDownDoubleRight: "\u2553",
//   lineDownRightDouble: "\u2552",
//   lineUpLeft: "\u2518",
//   lineUpLeftArc: "\u256F",
//   lineUpBoldLeftBold: "\u251B",
//   lineUpBoldLeft: "\u251A",
//   lineUpLeftBold: "\u2519",
//   lineUpDoubleLeftDouble: "\u255D",
//   lineUpDoubleLeft: "\u255C",
//   lineUpLeftDouble: "\u255B",
//   lineUpRight: "\u2514",
//   lineUpRightArc: "\u2570",
//   lineUpBoldRightBold: "\u2517",
//   lineUpBoldRight: "\u2516",
//   lineUpRightBold: "\u2515",
//   lineUpDoubleRightDouble: "\u255A",
//   lineUpDoubleRight: "\u2559",
//   lineUpRightDouble: "\u2558",
//   lineUpDownLeft: "\u2524",
//   lineUpBoldDownBoldLeftBold: "\u252B",
//   lineUpBoldDownBoldLeft: "\u2528",
//   lineUpDownLeftBold: "\u2525",
//   lineUpBoldDownLeftBold: "\u2529",
//   lineUpDownBoldLeftBold: "\u252A",
//   lineUpDownBoldLeft: "\u2527",
//   lineUpBoldDownLeft: "\u2526",
//   lineUpDoubleDownDoubleLeftDouble: "\u2563",
//   lineUpDoubleDownDoubleLeft: "\u2562",
//   lineUpDownLeftDouble: "\u2561",
//   lineUpDownRight: "\u251C",
//   lineUpBoldDownBoldRightBold: "\u2523",
//   lineUpBoldDownBoldRight: "\u2520",
//   lineUpDownRightBold: "\u251D",
//   lineUpBoldDownRightBold: "\u2521",
//   lineUpDownBoldRightBold: "\u2522",
//   lineUpDownBoldRight: "\u251F",
//   lineUpBoldDownRight: "\u251E",
//   lineUpDoubleDownDoubleRightDouble: "\u2560",
//   lineUpDoubleDownDoubleRight: "\u255F",
//   lineUpDownRightDouble: "\u255E",
//   lineDownLeftRight: "\u252C",
//   lineDownBoldLeftBoldRightBold: "\u2533",
//   lineDownLeftBoldRightBold: "\u252F",
//   lineDownBoldLeftRight: "\u2530",
//   lineDownBoldLeftBoldRight: "\u2531",
//   lineDownBoldLeftRightBold: "\u2532",
//   lineDownLeftRightBold: "\u252E",
//   lineDownLeftBoldRight: "\u252D",
//   lineDownDoubleLeftDoubleRightDouble: "\u2566",
//   lineDownDoubleLeftRight: "\u2565",
//   lineDownLeftDoubleRightDouble: "\u2564",
//   lineUpLeftRight: "\u2534",
//   lineUpBoldLeftBoldRightBold: "\u253B",
//   lineUpLeftBoldRightBold: "\u2537",
//   lineUpBoldLeftRight: "\u2538",
//   lineUpBoldLeftBoldRight: "\u2539",
//   lineUpBoldLeftRightBold: "\u253A",
//   lineUpLeftRightBold: "\u2536",
//   lineUpLeftBoldRight: "\u2535",
//   lineUpDoubleLeftDoubleRightDouble: "\u2569",
//   lineUpDoubleLeftRight: "\u2568",
//   lineUpLeftDoubleRightDouble: "\u2567",
//   lineUpDownLeftRight: "\u253C",
//   lineUpBoldDownBoldLeftBoldRightBold: "\u254B",
//   lineUpDownBoldLeftBoldRightBold: "\u2548",
//   lineUpBoldDownLeftBoldRightBold: "\u2547",
//   lineUpBoldDownBoldLeftRightBold: "\u254A",
//   lineUpBoldDownBoldLeftBoldRight: "\u2549",
//   lineUpBoldDownLeftRight: "\u2540",
//   lineUpDownBoldLeftRight: "\u2541",
//   lineUpDownLeftBoldRight: "\u253D",
//   lineUpDownLeftRightBold: "\u253E",
//   lineUpBoldDownBoldLeftRight: "\u2542",
//   lineUpDownLeftBoldRightBold: "\u253F",
//   lineUpBoldDownLeftBoldRight: "\u2543",
//   lineUpBoldDownLeftRightBold: "\u2544",
//   lineUpDownBoldLeftBoldRight: "\u2545",
//   lineUpDownBoldLeftRightBold: "\u2546",
//   lineUpDoubleDownDoubleLeftDoubleRightDouble: "\u256C",
//   lineUpDoubleDownDoubleLeftRight: "\u256B",
//   lineUpDownLeftDoubleRightDouble: "\u256A",
//   lineCross: "\u2573",
//   lineBackslash: "\u2572",
//   lineSlash: "\u2571"
// };
// var specialMainSymbols = {
//   tick: "\u2714",
//   info: "\u2139",
//   warning: "\u26A0",
//   cross: "\u2718",
//   squareSmall: "\u25FB",
//   squareSmallFilled: "\u25FC",
//   circle: "\u25EF",
//   circleFilled: "\u25C9",
//   circleDotted: "\u25CC",
//   circleDouble: "\u25CE",
//   circleCircle: "\u24DE",
//   circleCross: "\u24E7",
//   circlePipe: "\u24BE",
//   radioOn: "\u25C9",
//   radioOff: "\u25EF",
//   checkboxOn: "\u2612",
//   checkboxOff: "\u2610",
//   checkboxCircleOn: "\u24E7",
//   checkboxCircleOff: "\u24BE",
//   pointer: "\u276F",
//   triangleUpOutline: "\u25B3",
//   triangleLeft: "\u25C0",
//   triangleRight: "\u25B6",
//   lozenge: "\u25C6",
//   lozengeOutline: "\u25C7",
//   hamburger: "\u2630",
//   smiley: "\u32E1",
//   mustache: "\u0DF4",
//   star: "\u2605",
//   play: "\u25B6",
//   nodejs: "\u2B22",
//   oneSeventh: "\u2150",
//   oneNinth: "\u2151",
//   oneTenth: "\u2152"
// };
// var specialFallbackSymbols = {
//   tick: "\u221A",
//   info: "i",
//   warning: "\u203C",
//   cross: "\xD7",
//   squareSmall: "\u25A1",
//   squareSmallFilled: "\u25A0",
//   circle: "( )",
//   circleFilled: "(*)",
//   circleDotted: "( )",
//   circleDouble: "( )",
//   circleCircle: "(\u25CB)",
//   circleCross: "(\xD7)",
//   circlePipe: "(\u2502)",
//   radioOn: "(*)",
//   radioOff: "( )",
//   checkboxOn: "[\xD7]",
//   checkboxOff: "[ ]",
//   checkboxCircleOn: "(\xD7)",
//   checkboxCircleOff: "( )",
//   pointer: ">",
//   triangleUpOutline: "\u2206",
//   triangleLeft: "\u25C4",
//   triangleRight: "\u25BA",
//   lozenge: "\u2666",
//   lozengeOutline: "\u25CA",
//   hamburger: "\u2261",
//   smiley: "\u263A",
//   mustache: "\u250C\u2500\u2510",
//   star: "\u2736",
//   play: "\u25BA",
//   nodejs: "\u2666",
//   oneSeventh: "1/7",
//   oneNinth: "1/9",
//   oneTenth: "1/10"
// };
// var mainSymbols = { ...common, ...specialMainSymbols };
// var fallbackSymbols = { ...common, ...specialFallbackSymbols };
// var shouldUseMain = isUnicodeSupported();
// var figures = shouldUseMain ? mainSymbols : fallbackSymbols;
// var figures_default = figures;
// var replacements = Object.entries(specialMainSymbols);
// 
// // node_modules/yoctocolors/base.js
// var import_node_tty = __toESM(require_node_tty(), 1);
// var hasColors = import_node_tty.default?.WriteStream?.prototype?.hasColors?.() ?? false;
// var format = (open, close) => {
//   if (!hasColors) {
//     return (input) => input;
//   }
//   const openCode = `\x1B[${open}m`;
//   const closeCode = `\x1B[${close}m`;
//   return (input) => {
//     const string = input + "";
//     let index = string.indexOf(closeCode);
//     if (index === -1) {
//       return openCode + string + closeCode;
//     }
//     let result = openCode;
//     let lastIndex = 0;
//     const reopenOnNestedClose = close === 22;
//     const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
//     while (index !== -1) {
//       result += string.slice(lastIndex, index) + replaceCode;
//       lastIndex = index + closeCode.length;
//       index = string.indexOf(closeCode, lastIndex);
//     }
//     result += string.slice(lastIndex) + closeCode;
//     return result;
//   };
// };
// var reset = format(0, 0);
// var bold = format(1, 22);
// var dim = format(2, 22);
// var italic = format(3, 23);
// var underline = format(4, 24);
// var underlineDouble = format("4:2", 24);
// var underlineCurly = format("4:3", 24);
// var underlineDotted = format("4:4", 24);
// var underlineDashed = format("4:5", 24);
// var overline = format(53, 55);
// var inverse = format(7, 27);
// var hidden = format(8, 28);
// var strikethrough = format(9, 29);
// var black = format(30, 39);
// var red = format(31, 39);
// var green = format(32, 39);
// var yellow = format(33, 39);
// var blue = format(34, 39);
// var magenta = format(35, 39);
// var cyan = format(36, 39);
// var white = format(37, 39);
// var gray = format(90, 39);
// var bgBlack = format(40, 49);
// var bgRed = format(41, 49);
// var bgGreen = format(42, 49);
// var bgYellow = format(43, 49);
// var bgBlue = format(44, 49);
// var bgMagenta = format(45, 49);
// var bgCyan = format(46, 49);
// var bgWhite = format(47, 49);
// var bgGray = format(100, 49);
// var redBright = format(91, 39);
// var greenBright = format(92, 39);
// var yellowBright = format(93, 39);
// var blueBright = format(94, 39);
// var magentaBright = format(95, 39);
// var cyanBright = format(96, 39);
// var whiteBright = format(97, 39);
// var bgRedBright = format(101, 49);
// var bgGreenBright = format(102, 49);
// var bgYellowBright = format(103, 49);
// var bgBlueBright = format(104, 49);
// var bgMagentaBright = format(105, 49);
// var bgCyanBright = format(106, 49);
// var bgWhiteBright = format(107, 49);
// var underlineBlack = format("58;5;0", 59);
// var underlineRed = format("58;5;1", 59);
// var underlineGreen = format("58;5;2", 59);
// var underlineYellow = format("58;5;3", 59);
// var underlineBlue = format("58;5;4", 59);
// var underlineMagenta = format("58;5;5", 59);
// var underlineCyan = format("58;5;6", 59);
// var underlineWhite = format("58;5;7", 59);
// var underlineGray = format("58;5;8", 59);
// var underlineRedBright = format("58;5;9", 59);
// var underlineGreenBright = format("58;5;10", 59);
// var underlineYellowBright = format("58;5;11", 59);
// var underlineBlueBright = format("58;5;12", 59);
// var underlineMagentaBright = format("58;5;13", 59);
// var underlineCyanBright = format("58;5;14", 59);
// var underlineWhiteBright = format("58;5;15", 59);
// 
// // node_modules/execa/lib/verbose/default.js
// var defaultVerboseFunction = ({
//   type,
//   message,
//   timestamp,
//   piped,
//   commandId,
//   result: { failed = false } = {},
//   options: { reject = true }
// }) => {
//   const timestampString = serializeTimestamp(timestamp);
//   const icon = ICONS[type]({ failed, reject, piped });
//   const color = COLORS[type]({ reject });
//   return `${gray(`[${timestampString}]`)} ${gray(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
// };
// var serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
// var padField = (field, padding) => String(field).padStart(padding, "0");
// var getFinalIcon = ({ failed, reject }) => {
//   if (!failed) {
//     return figures_default.tick;
//   }
//   return reject ? figures_default.cross : figures_default.warning;
// };
// var ICONS = {
//   command: ({ piped }) => piped ? "|" : "$",
//   output: () => " ",
//   ipc: () => "*",
//   error: getFinalIcon,
//   duration: getFinalIcon
// };
// var identity = (string) => string;
// var COLORS = {
//   command: () => bold,
//   output: () => identity,
//   ipc: () => identity,
//   error: ({ reject }) => reject ? redBright : yellowBright,
//   duration: () => gray
// };
// 
// // node_modules/execa/lib/verbose/custom.js
// var applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
//   const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
//   return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
// };
// var applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
//   if (verboseFunction === void 0) {
//     return verboseLine;
//   }
//   const printedLine = verboseFunction(verboseLine, verboseObject);
//   if (typeof printedLine === "string") {
//     return printedLine;
//   }
// };
// var appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
// `;
// 
// // node_modules/execa/lib/verbose/log.js
// var verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result }) => {
//   const verboseObject = getVerboseObject({ type, result, verboseInfo });
//   const printedLines = getPrintedLines(verboseMessage, verboseObject);
//   const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
//   if (finalLines !== "") {
//     console.warn(finalLines.slice(0, -1));
//   }
// };
// var getVerboseObject = ({
//   type,
//   result,
//   verboseInfo: { escapedCommand, commandId, rawOptions: { piped = false, ...options } }
// }) => ({
//   type,
//   escapedCommand,
//   commandId: `${commandId}`,
//   timestamp: /* @__PURE__ */ new Date(),
//   piped,
//   result,
//   options
// });
// var getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
// var getPrintedLine = (verboseObject) => {
//   const verboseLine = defaultVerboseFunction(verboseObject);
//   return { verboseLine, verboseObject };
// };
// var serializeVerboseMessage = (message) => {
//   const messageString = typeof message === "string" ? message : (0, import_node_util3.inspect)(message);
//   const escapedMessage = escapeLines(messageString);
//   return escapedMessage.replaceAll("	", " ".repeat(TAB_SIZE));
// };
// var TAB_SIZE = 2;
// 
// // node_modules/execa/lib/verbose/start.js
// var logCommand = (escapedCommand, verboseInfo) => {
//   if (!isVerbose(verboseInfo)) {
//     return;
//   }
//   verboseLog({
//     type: "command",
//     verboseMessage: escapedCommand,
//     verboseInfo
//   });
// };
// 
// // node_modules/execa/lib/verbose/info.js
// var getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
//   validateVerbose(verbose);
//   const commandId = getCommandId(verbose);
//   return {
//     verbose,
//     escapedCommand,
//     commandId,
//     rawOptions
//   };
// };
// var getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
// var COMMAND_ID = 0n;
// var validateVerbose = (verbose) => {
//   for (const fdVerbose of verbose) {
//     if (fdVerbose === false) {
//       throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
//     }
//     if (fdVerbose === true) {
//       throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
//     }
//     if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
//       const allowedValues = VERBOSE_VALUES.map((allowedValue) => `'${allowedValue}'`).join(", ");
//       throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
//     }
//   }
// };
// 
// // node_modules/execa/lib/return/duration.js
// var import_node_process4 = __toESM(require_node_process(), 1);
// var getStartTime = () => import_node_process4.hrtime.bigint();
// var getDurationMs = (startTime) => Number(import_node_process4.hrtime.bigint() - startTime) / 1e6;
// 
// // node_modules/execa/lib/arguments/command.js
// var handleCommand = (filePath, rawArguments, rawOptions) => {
//   const startTime = getStartTime();
//   const { command, escapedCommand } = joinCommand(filePath, rawArguments);
//   const verbose = normalizeFdSpecificOption(rawOptions, "verbose");
//   const verboseInfo = getVerboseInfo(verbose, escapedCommand, { ...rawOptions });
//   logCommand(escapedCommand, verboseInfo);
//   return {
//     command,
//     escapedCommand,
//     startTime,
//     verboseInfo
//   };
// };
// 
// // node_modules/execa/lib/arguments/options.js
// var import_node_path5 = __toESM(require_node_path(), 1);
// var import_node_process8 = __toESM(require_node_process(), 1);
// var import_cross_spawn = __toESM(require_cross_spawn(), 1);
// 
// // node_modules/npm-run-path/index.js
// var import_node_process5 = __toESM(require_node_process(), 1);
// var import_node_path2 = __toESM(require_node_path(), 1);
// 
// // node_modules/npm-run-path/node_modules/path-key/index.js
// function pathKey(options = {}) {
//   const {
//     env = process.env,
//     platform: platform2 = process.platform
//   } = options;
//   if (platform2 !== "win32") {
//     return "PATH";
//   }
//   return Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
// }
// 
// // node_modules/unicorn-magic/node.js
// var import_node_util4 = __toESM(require_node_util(), 1);
// var import_node_child_process2 = __toESM(require_node_child_process(), 1);
// var import_node_path = __toESM(require_node_path(), 1);
// var import_node_url2 = __toESM(require_node_url(), 1);
// var execFileOriginal = (0, import_node_util4.promisify)(import_node_child_process2.execFile);
// function toPath(urlOrPath) {
//   return urlOrPath instanceof URL ? (0, import_node_url2.fileURLToPath)(urlOrPath) : urlOrPath;
// }
// function traversePathUp(startPath) {
//   return {
//     *[Symbol.iterator]() {
//       let currentPath = import_node_path.default.resolve(toPath(startPath));
//       let previousPath;
//       while (previousPath !== currentPath) {
//         yield currentPath;
//         previousPath = currentPath;
//         currentPath = import_node_path.default.resolve(currentPath, "..");
//       }
//     }
//   };
// }
// var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;
// 
// // node_modules/npm-run-path/index.js
// var npmRunPath = ({
//   cwd = import_node_process5.default.cwd(),
//   path: pathOption = import_node_process5.default.env[pathKey()],
//   preferLocal = true,
//   execPath: execPath2 = import_node_process5.default.execPath,
//   addExecPath = true
// } = {}) => {
//   const cwdPath = import_node_path2.default.resolve(toPath(cwd));
//   const result = [];
//   const pathParts = pathOption.split(import_node_path2.default.delimiter);
//   if (preferLocal) {
//     applyPreferLocal(result, pathParts, cwdPath);
//   }
//   if (addExecPath) {
//     applyExecPath(result, pathParts, execPath2, cwdPath);
//   }
//   return pathOption === "" || pathOption === import_node_path2.default.delimiter ? `${result.join(import_node_path2.default.delimiter)}${pathOption}` : [...result, pathOption].join(import_node_path2.default.delimiter);
// };
// var applyPreferLocal = (result, pathParts, cwdPath) => {
//   for (const directory of traversePathUp(cwdPath)) {
//     const pathPart = import_node_path2.default.join(directory, "node_modules/.bin");
//     if (!pathParts.includes(pathPart)) {
//       result.push(pathPart);
//     }
//   }
// };
// var applyExecPath = (result, pathParts, execPath2, cwdPath) => {
//   const pathPart = import_node_path2.default.resolve(cwdPath, toPath(execPath2), "..");
//   if (!pathParts.includes(pathPart)) {
//     result.push(pathPart);
//   }
// };
// var npmRunPathEnv = ({ env = import_node_process5.default.env, ...options } = {}) => {
//   env = { ...env };
//   const pathName = pathKey({ env });
//   options.path = env[pathName];
//   env[pathName] = npmRunPath(options);
//   return env;
// };
// 
// // node_modules/execa/lib/terminate/kill.js
// var import_promises = __toESM(require_promises(), 1);
// 
// // node_modules/execa/lib/return/final-error.js
// var getFinalError = (originalError, message, isSync) => {
//   const ErrorClass = isSync ? ExecaSyncError : ExecaError;
//   const options = originalError instanceof DiscardedError ? {} : { cause: originalError };
//   return new ErrorClass(message, options);
// };
// var DiscardedError = class extends Error {
// };
// var setErrorName = (ErrorClass, value) => {
//   Object.defineProperty(ErrorClass.prototype, "name", {
//     value,
//     writable: true,
//     enumerable: false,
//     configurable: true
//   });
//   Object.defineProperty(ErrorClass.prototype, execaErrorSymbol, {
//     value: true,
//     writable: false,
//     enumerable: false,
//     configurable: false
//   });
// };
// var isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
// var execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
// var isErrorInstance = (value) => Object.prototype.toString.call(value) === "[object Error]";
// var ExecaError = class extends Error {
// };
// setErrorName(ExecaError, ExecaError.name);
// var ExecaSyncError = class extends Error {
// };
// setErrorName(ExecaSyncError, ExecaSyncError.name);
// 
// // node_modules/execa/lib/terminate/signal.js
// var import_node_os3 = __toESM(require_node_os(), 1);
// 
// // node_modules/human-signals/build/src/main.js
// var import_node_os2 = __toESM(require_node_os(), 1);
// 
// // node_modules/human-signals/build/src/realtime.js
// var getRealtimeSignals = () => {
//   const length = SIGRTMAX - SIGRTMIN + 1;
//   return Array.from({ length }, getRealtimeSignal);
// };
// var getRealtimeSignal = (value, index) => ({
//   name: `SIGRT${index + 1}`,
//   number: SIGRTMIN + index,
//   action: "terminate",
//   description: "Application-specific signal (realtime)",
//   standard: "posix"
// });
// var SIGRTMIN = 34;
// var SIGRTMAX = 64;
// 
// // node_modules/human-signals/build/src/signals.js
// var import_node_os = __toESM(require_node_os(), 1);
// 
// // node_modules/human-signals/build/src/core.js
// var SIGNALS = [
//   {
//     name: "SIGHUP",
//     number: 1,
//     action: "terminate",
//     description: "Terminal closed",
//     standard: "posix"
//   },
//   {
//     name: "SIGINT",
//     number: 2,
//     action: "terminate",
//     description: "User interruption with CTRL-C",
//     standard: "ansi"
//   },
//   {
//     name: "SIGQUIT",
//     number: 3,
//     action: "core",
//     description: "User interruption with CTRL-\\",
//     standard: "posix"
//   },
//   {
//     name: "SIGILL",
//     number: 4,
//     action: "core",
//     description: "Invalid machine instruction",
//     standard: "ansi"
//   },
//   {
//     name: "SIGTRAP",
//     number: 5,
//     action: "core",
//     description: "Debugger breakpoint",
//     standard: "posix"
//   },
//   {
//     name: "SIGABRT",
//     number: 6,
//     action: "core",
//     description: "Aborted",
//     standard: "ansi"
//   },
//   {
//     name: "SIGIOT",
//     number: 6,
//     action: "core",
//     description: "Aborted",
//     standard: "bsd"
//   },
//   {
//     name: "SIGBUS",
//     number: 7,
//     action: "core",
//     description: "Bus error due to misaligned, non-existing address or paging error",
//     standard: "bsd"
//   },
//   {
//     name: "SIGEMT",
//     number: 7,
//     action: "terminate",
//     description: "Command should be emulated but is not implemented",
//     standard: "other"
//   },
//   {
//     name: "SIGFPE",
//     number: 8,
//     action: "core",
//     description: "Floating point arithmetic error",
//     standard: "ansi"
//   },
//   {
//     name: "SIGKILL",
//     number: 9,
//     action: "terminate",
//     description: "Forced termination",
//     standard: "posix",
//     forced: true
//   },
//   {
//     name: "SIGUSR1",
//     number: 10,
//     action: "terminate",
//     description: "Application-specific signal",
//     standard: "posix"
//   },
//   {
//     name: "SIGSEGV",
//     number: 11,
//     action: "core",
//     description: "Segmentation fault",
//     standard: "ansi"
//   },
//   {
//     name: "SIGUSR2",
//     number: 12,
//     action: "terminate",
//     description: "Application-specific signal",
//     standard: "posix"
//   },
//   {
//     name: "SIGPIPE",
//     number: 13,
//     action: "terminate",
//     description: "Broken pipe or socket",
//     standard: "posix"
//   },
//   {
//     name: "SIGALRM",
//     number: 14,
//     action: "terminate",
//     description: "Timeout or timer",
//     standard: "posix"
//   },
//   {
//     name: "SIGTERM",
//     number: 15,
//     action: "terminate",
//     description: "Termination",
//     standard: "ansi"
//   },
//   {
//     name: "SIGSTKFLT",
//     number: 16,
//     action: "terminate",
//     description: "Stack is empty or overflowed",
//     standard: "other"
//   },
//   {
//     name: "SIGCHLD",
//     number: 17,
//     action: "ignore",
//     description: "Child process terminated, paused or unpaused",
//     standard: "posix"
//   },
//   {
//     name: "SIGCLD",
//     number: 17,
//     action: "ignore",
//     description: "Child process terminated, paused or unpaused",
//     standard: "other"
//   },
//   {
//     name: "SIGCONT",
//     number: 18,
//     action: "unpause",
//     description: "Unpaused",
//     standard: "posix",
//     forced: true
//   },
//   {
//     name: "SIGSTOP",
//     number: 19,
//     action: "pause",
//     description: "Paused",
//     standard: "posix",
//     forced: true
//   },
//   {
//     name: "SIGTSTP",
//     number: 20,
//     action: "pause",
//     description: 'Paused using CTRL-Z or "suspend"',
//     standard: "posix"
//   },
//   {
//     name: "SIGTTIN",
//     number: 21,
//     action: "pause",
//     description: "Background process cannot read terminal input",
//     standard: "posix"
//   },
//   {
//     name: "SIGBREAK",
//     number: 21,
//     action: "terminate",
//     description: "User interruption with CTRL-BREAK",
//     standard: "other"
//   },
//   {
//     name: "SIGTTOU",
//     number: 22,
//     action: "pause",
//     description: "Background process cannot write to terminal output",
//     standard: "posix"
//   },
//   {
//     name: "SIGURG",
//     number: 23,
//     action: "ignore",
//     description: "Socket received out-of-band data",
//     standard: "bsd"
//   },
//   {
//     name: "SIGXCPU",
//     number: 24,
//     action: "core",
//     description: "Process timed out",
//     standard: "bsd"
//   },
//   {
//     name: "SIGXFSZ",
//     number: 25,
//     action: "core",
//     description: "File too big",
//     standard: "bsd"
//   },
//   {
//     name: "SIGVTALRM",
//     number: 26,
//     action: "terminate",
//     description: "Timeout or timer",
//     standard: "bsd"
//   },
//   {
//     name: "SIGPROF",
//     number: 27,
//     action: "terminate",
//     description: "Timeout or timer",
//     standard: "bsd"
//   },
//   {
//     name: "SIGWINCH",
//     number: 28,
//     action: "ignore",
//     description: "Terminal window size changed",
//     standard: "bsd"
//   },
//   {
//     name: "SIGIO",
//     number: 29,
//     action: "terminate",
//     description: "I/O is available",
//     standard: "other"
//   },
//   {
//     name: "SIGPOLL",
//     number: 29,
//     action: "terminate",
//     description: "Watched event",
//     standard: "other"
//   },
//   {
//     name: "SIGINFO",
//     number: 29,
//     action: "ignore",
//     description: "Request for process information",
//     standard: "other"
//   },
//   {
//     name: "SIGPWR",
//     number: 30,
//     action: "terminate",
//     description: "Device running out of power",
//     standard: "systemv"
//   },
//   {
//     name: "SIGSYS",
//     number: 31,
//     action: "core",
//     description: "Invalid system call",
//     standard: "other"
//   },
//   {
//     name: "SIGUNUSED",
//     number: 31,
//     action: "terminate",
//     description: "Invalid system call",
//     standard: "other"
//   }
// ];
// 
// // node_modules/human-signals/build/src/signals.js
// var getSignals = () => {
//   const realtimeSignals = getRealtimeSignals();
//   const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
//   return signals2;
// };
// var normalizeSignal = ({
//   name,
//   number: defaultNumber,
//   description,
//   action,
//   forced = false,
//   standard
// }) => {
//   const {
//     signals: { [name]: constantSignal }
//   } = import_node_os.constants;
//   const supported = constantSignal !== void 0;
//   const number = supported ? constantSignal : defaultNumber;
//   return { name, number, description, supported, action, forced, standard };
// };
// 
// // node_modules/human-signals/build/src/main.js
// var getSignalsByName = () => {
//   const signals2 = getSignals();
//   return Object.fromEntries(signals2.map(getSignalByName));
// };
// var getSignalByName = ({
//   name,
//   number,
//   description,
//   supported,
//   action,
//   forced,
//   standard
// }) => [name, { name, number, description, supported, action, forced, standard }];
// var signalsByName = getSignalsByName();
// var getSignalsByNumber = () => {
//   const signals2 = getSignals();
//   const length = SIGRTMAX + 1;
//   const signalsA = Array.from(
//     { length },
//     (value, number) => getSignalByNumber(number, signals2)
//   );
//   return Object.assign({}, ...signalsA);
// };
// var getSignalByNumber = (number, signals2) => {
//   const signal = findSignalByNumber(number, signals2);
//   if (signal === void 0) {
//     return {};
//   }
//   const { name, description, supported, action, forced, standard } = signal;
//   return {
//     [number]: {
//       name,
//       number,
//       description,
//       supported,
//       action,
//       forced,
//       standard
//     }
//   };
// };
// var findSignalByNumber = (number, signals2) => {
//   const signal = signals2.find(({ name }) => import_node_os2.constants.signals[name] === number);
//   if (signal !== void 0) {
//     return signal;
//   }
//   return signals2.find((signalA) => signalA.number === number);
// };
// var signalsByNumber = getSignalsByNumber();
// 
// // node_modules/execa/lib/terminate/signal.js
// var normalizeKillSignal = (killSignal) => {
//   const optionName = "option `killSignal`";
//   if (killSignal === 0) {
//     throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
//   }
//   return normalizeSignal2(killSignal, optionName);
// };
// var normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
// var normalizeSignal2 = (signalNameOrInteger, optionName) => {
//   if (Number.isInteger(signalNameOrInteger)) {
//     return normalizeSignalInteger(signalNameOrInteger, optionName);
//   }
//   if (typeof signalNameOrInteger === "string") {
//     return normalizeSignalName(signalNameOrInteger, optionName);
//   }
//   throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
// ${getAvailableSignals()}`);
// };
// var normalizeSignalInteger = (signalInteger, optionName) => {
//   if (signalsIntegerToName.has(signalInteger)) {
//     return signalsIntegerToName.get(signalInteger);
//   }
//   throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
// ${getAvailableSignals()}`);
// };
// var getSignalsIntegerToName = () => new Map(Object.entries(import_node_os3.constants.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
// var signalsIntegerToName = getSignalsIntegerToName();
// var normalizeSignalName = (signalName, optionName) => {
//   if (signalName in import_node_os3.constants.signals) {
//     return signalName;
//   }
//   if (signalName.toUpperCase() in import_node_os3.constants.signals) {
//     throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
//   }
//   throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
// ${getAvailableSignals()}`);
// };
// var getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
// Available signal numbers: ${getAvailableSignalIntegers()}.`;
// var getAvailableSignalNames = () => Object.keys(import_node_os3.constants.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
// var getAvailableSignalIntegers = () => [...new Set(Object.values(import_node_os3.constants.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
// var getSignalDescription = (signal) => signalsByName[signal].description;
// 
// // node_modules/execa/lib/terminate/kill.js
// var normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
//   if (forceKillAfterDelay === false) {
//     return forceKillAfterDelay;
//   }
//   if (forceKillAfterDelay === true) {
//     return DEFAULT_FORCE_KILL_TIMEOUT;
//   }
//   if (!Number.isFinite(forceKillAfterDelay) || forceKillAfterDelay < 0) {
//     throw new TypeError(`Expected the \`forceKillAfterDelay\` option to be a non-negative integer, got \`${forceKillAfterDelay}\` (${typeof forceKillAfterDelay})`);
//   }
//   return forceKillAfterDelay;
// };
// var DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
// var subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context, controller }, signalOrError, errorArgument) => {
//   const { signal, error } = parseKillArguments(signalOrError, errorArgument, killSignal);
//   emitKillError(error, onInternalError);
//   const killResult = kill(signal);
//   setKillTimeout({
//     kill,
//     signal,
//     forceKillAfterDelay,
//     killSignal,
//     killResult,
//     context,
//     controller
//   });
//   return killResult;
// };
// var parseKillArguments = (signalOrError, errorArgument, killSignal) => {
//   const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
//   if (typeof signal !== "string" && !Number.isInteger(signal)) {
//     throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
//   }
//   if (error !== void 0 && !isErrorInstance(error)) {
//     throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
//   }
//   return { signal: normalizeSignalArgument(signal), error };
// };
// var emitKillError = (error, onInternalError) => {
//   if (error !== void 0) {
//     onInternalError.reject(error);
//   }
// };
// var setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller }) => {
//   if (signal === killSignal && killResult) {
//     killOnTimeout({
//       kill,
//       forceKillAfterDelay,
//       context,
//       controllerSignal: controller.signal
//     });
//   }
// };
// var killOnTimeout = async ({ kill, forceKillAfterDelay, context, controllerSignal }) => {
//   if (forceKillAfterDelay === false) {
//     return;
//   }
//   try {
//     await (0, import_promises.setTimeout)(forceKillAfterDelay, void 0, { signal: controllerSignal });
//     if (kill("SIGKILL")) {
//       context.isForcefullyTerminated ??= true;
//     }
//   } catch {
//   }
// };
// 
// // node_modules/execa/lib/utils/abort-signal.js
// var import_node_events = __toESM(require_node_events(), 1);
// var onAbortedSignal = async (mainSignal, stopSignal) => {
//   if (!mainSignal.aborted) {
//     await (0, import_node_events.once)(mainSignal, "abort", { signal: stopSignal });
//   }
// };
// 
// // node_modules/execa/lib/terminate/cancel.js
// var validateCancelSignal = ({ cancelSignal }) => {
//   if (cancelSignal !== void 0 && Object.prototype.toString.call(cancelSignal) !== "[object AbortSignal]") {
//     throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(cancelSignal)}`);
//   }
// };
// var throwOnCancel = ({ subprocess, cancelSignal, gracefulCancel, context, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(subprocess, cancelSignal, context, controller)];
// var terminateOnCancel = async (subprocess, cancelSignal, context, { signal }) => {
//   await onAbortedSignal(cancelSignal, signal);
//   context.terminationReason ??= "cancel";
//   subprocess.kill();
//   throw cancelSignal.reason;
// };
// 
// // node_modules/execa/lib/ipc/graceful.js
// var import_promises3 = __toESM(require_promises(), 1);
// 
// // node_modules/execa/lib/ipc/send.js
// var import_node_util5 = __toESM(require_node_util(), 1);
// 
// // node_modules/execa/lib/ipc/validation.js
// var validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
//   validateIpcOption(methodName, isSubprocess, ipc);
//   validateConnection(methodName, isSubprocess, isConnected2);
// };
// var validateIpcOption = (methodName, isSubprocess, ipc) => {
//   if (!ipc) {
//     throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
//   }
// };
// var validateConnection = (methodName, isSubprocess, isConnected2) => {
//   if (!isConnected2) {
//     throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
//   }
// };
// var throwOnEarlyDisconnect = (isSubprocess) => {
//   throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
// };
// var throwOnStrictDeadlockError = (isSubprocess) => {
//   throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
// This can be fixed by both sending a message and listening to incoming messages at the same time:
// 
// const [receivedMessage] = await Promise.all([
// 	${getMethodName("getOneMessage", isSubprocess)},
// 	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
// ]);`);
// };
// var getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
// var throwOnMissingStrict = (isSubprocess) => {
//   throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
// };
// var throwOnStrictDisconnect = (isSubprocess) => {
//   throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
// };
// var getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
// var throwOnMissingParent = () => {
//   throw new Error("`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.");
// };
// var handleEpipeError = ({ error, methodName, isSubprocess }) => {
//   if (error.code === "EPIPE") {
//     throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
//   }
// };
// var handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
//   if (isSerializationError(error)) {
//     throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${String(message)}.`, { cause: error });
//   }
// };
// var isSerializationError = ({ code, message }) => SERIALIZATION_ERROR_CODES.has(code) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
// var SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
//   // Message is `undefined`
//   "ERR_MISSING_ARGS",
//   // Message is a function, a bigint, a symbol
//   "ERR_INVALID_ARG_TYPE"
// ]);
// var SERIALIZATION_ERROR_MESSAGES = [
//   // Message is a promise or a proxy, with `serialization: 'advanced'`
//   "could not be cloned",
//   // Message has cycles, with `serialization: 'json'`
//   "circular structure",
//   // Message has cycles inside toJSON(), with `serialization: 'json'`
//   "call stack size exceeded"
// ];
// var getMethodName = (methodName, isSubprocess, parameters = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;
// var getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
// var getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
// var disconnect = (anyProcess) => {
//   if (anyProcess.connected) {
//     anyProcess.disconnect();
//   }
// };
// 
// // node_modules/execa/lib/utils/deferred.js
// var createDeferred = () => {
//   const methods = {};
//   const promise = new Promise((resolve, reject) => {
//     Object.assign(methods, { resolve, reject });
//   });
//   return Object.assign(promise, methods);
// };
// 
// // node_modules/execa/lib/arguments/fd-options.js
// var getToStream = (destination, to = "stdin") => {
//   const isWritable = true;
//   const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
//   const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
//   const destinationStream = destination.stdio[fdNumber];
//   if (destinationStream === null) {
//     throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
//   }
//   return destinationStream;
// };
// var getFromStream = (source, from = "stdout") => {
//   const isWritable = false;
//   const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
//   const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
//   const sourceStream = fdNumber === "all" ? source.all : source.stdio[fdNumber];
//   if (sourceStream === null || sourceStream === void 0) {
//     throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
//   }
//   return sourceStream;
// };
// var SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
// var getFdNumber = (fileDescriptors, fdName, isWritable) => {
//   const fdNumber = parseFdNumber(fdName, isWritable);
//   validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
//   return fdNumber;
// };
// var parseFdNumber = (fdName, isWritable) => {
//   const fdNumber = parseFd(fdName);
//   if (fdNumber !== void 0) {
//     return fdNumber;
//   }
//   const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
//   throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
// It must be ${validOptions} or "fd3", "fd4" (and so on).
// It is optional and defaults to "${defaultValue}".`);
// };
// var validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
//   const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
//   if (fileDescriptor === void 0) {
//     throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
// Please set the "stdio" option to ensure that file descriptor exists.`);
//   }
//   if (fileDescriptor.direction === "input" && !isWritable) {
//     throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
//   }
//   if (fileDescriptor.direction !== "input" && isWritable) {
//     throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.`);
//   }
// };
// var getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
//   if (fdNumber === "all" && !options.all) {
//     return `The "all" option must be true to use "from: 'all'".`;
//   }
//   const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options);
//   return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
// Please set this option with "pipe" instead.`;
// };
// var getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
//   const usedDescriptor = getUsedDescriptor(fdNumber);
//   if (usedDescriptor === 0 && stdin !== void 0) {
//     return { optionName: "stdin", optionValue: stdin };
//   }
//   if (usedDescriptor === 1 && stdout !== void 0) {
//     return { optionName: "stdout", optionValue: stdout };
//   }
//   if (usedDescriptor === 2 && stderr !== void 0) {
//     return { optionName: "stderr", optionValue: stderr };
//   }
//   return { optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor] };
// };
// var getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
// var getOptionName = (isWritable) => isWritable ? "to" : "from";
// var serializeOptionValue = (value) => {
//   if (typeof value === "string") {
//     return `'${value}'`;
//   }
//   return typeof value === "number" ? `${value}` : "Stream";
// };
// 
// // node_modules/execa/lib/ipc/strict.js
// var import_node_events5 = __toESM(require_node_events(), 1);
// 
// // node_modules/execa/lib/utils/max-listeners.js
// var import_node_events2 = __toESM(require_node_events(), 1);
// var incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
//   const maxListeners = eventEmitter.getMaxListeners();
//   if (maxListeners === 0 || maxListeners === Number.POSITIVE_INFINITY) {
//     return;
//   }
//   eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
//   (0, import_node_events2.addAbortListener)(signal, () => {
//     eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
//   });
// };
// 
// // node_modules/execa/lib/ipc/forward.js
// var import_node_events4 = __toESM(require_node_events(), 1);
// 
// // node_modules/execa/lib/ipc/incoming.js
// var import_node_events3 = __toESM(require_node_events(), 1);
// var import_promises2 = __toESM(require_promises(), 1);
// 
// // node_modules/execa/lib/ipc/reference.js
// var addReference = (channel, reference) => {
//   if (reference) {
//     addReferenceCount(channel);
//   }
// };
// var addReferenceCount = (channel) => {
//   channel.refCounted();
// };
// var removeReference = (channel, reference) => {
//   if (reference) {
//     removeReferenceCount(channel);
//   }
// };
// var removeReferenceCount = (channel) => {
//   channel.unrefCounted();
// };
// var undoAddedReferences = (channel, isSubprocess) => {
//   if (isSubprocess) {
//     removeReferenceCount(channel);
//     removeReferenceCount(channel);
//   }
// };
// var redoAddedReferences = (channel, isSubprocess) => {
//   if (isSubprocess) {
//     addReferenceCount(channel);
//     addReferenceCount(channel);
//   }
// };
// 
// // node_modules/execa/lib/ipc/incoming.js
// var onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
//   if (handleStrictResponse(wrappedMessage) || handleAbort(wrappedMessage)) {
//     return;
//   }
//   if (!INCOMING_MESSAGES.has(anyProcess)) {
//     INCOMING_MESSAGES.set(anyProcess, []);
//   }
//   const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
//   incomingMessages.push(wrappedMessage);
//   if (incomingMessages.length > 1) {
//     return;
//   }
//   while (incomingMessages.length > 0) {
//     await waitForOutgoingMessages(anyProcess, ipcEmitter, wrappedMessage);
//     await import_promises2.scheduler.yield();
//     const message = await handleStrictRequest({
//       wrappedMessage: incomingMessages[0],
//       anyProcess,
//       channel,
//       isSubprocess,
//       ipcEmitter
//     });
//     incomingMessages.shift();
//     ipcEmitter.emit("message", message);
//     ipcEmitter.emit("message:done");
//   }
// };
// var onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
//   abortOnDisconnect();
//   const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
//   while (incomingMessages?.length > 0) {
//     await (0, import_node_events3.once)(ipcEmitter, "message:done");
//   }
//   anyProcess.removeListener("message", boundOnMessage);
//   redoAddedReferences(channel, isSubprocess);
//   ipcEmitter.connected = false;
//   ipcEmitter.emit("disconnect");
// };
// var INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();
// 
// // node_modules/execa/lib/ipc/forward.js
// var getIpcEmitter = (anyProcess, channel, isSubprocess) => {
//   if (IPC_EMITTERS.has(anyProcess)) {
//     return IPC_EMITTERS.get(anyProcess);
//   }
//   const ipcEmitter = new import_node_events4.EventEmitter();
//   ipcEmitter.connected = true;
//   IPC_EMITTERS.set(anyProcess, ipcEmitter);
//   forwardEvents({
//     ipcEmitter,
//     anyProcess,
//     channel,
//     isSubprocess
//   });
//   return ipcEmitter;
// };
// var IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
// var forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
//   const boundOnMessage = onMessage.bind(void 0, {
//     anyProcess,
//     channel,
//     isSubprocess,
//     ipcEmitter
//   });
//   anyProcess.on("message", boundOnMessage);
//   anyProcess.once("disconnect", onDisconnect.bind(void 0, {
//     anyProcess,
//     channel,
//     isSubprocess,
//     ipcEmitter,
//     boundOnMessage
//   }));
//   undoAddedReferences(channel, isSubprocess);
// };
// var isConnected = (anyProcess) => {
//   const ipcEmitter = IPC_EMITTERS.get(anyProcess);
//   return ipcEmitter === void 0 ? anyProcess.channel !== null : ipcEmitter.connected;
// };
// 
// // node_modules/execa/lib/ipc/strict.js
// var handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
//   if (!strict) {
//     return message;
//   }
//   const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
//   const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
//   return {
//     id: count++,
//     type: REQUEST_TYPE,
//     message,
//     hasListeners
//   };
// };
// var count = 0n;
// var validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
//   if (wrappedMessage?.type !== REQUEST_TYPE || wrappedMessage.hasListeners) {
//     return;
//   }
//   for (const { id } of outgoingMessages) {
//     if (id !== void 0) {
//       STRICT_RESPONSES[id].resolve({ isDeadlock: true, hasListeners: false });
//     }
//   }
// };
// var handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
//   if (wrappedMessage?.type !== REQUEST_TYPE || !anyProcess.connected) {
//     return wrappedMessage;
//   }
//   const { id, message } = wrappedMessage;
//   const response = { id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter) };
//   try {
//     await sendMessage({
//       anyProcess,
//       channel,
//       isSubprocess,
//       ipc: true
//     }, response);
//   } catch (error) {
//     ipcEmitter.emit("strict:error", error);
//   }
//   return message;
// };
// var handleStrictResponse = (wrappedMessage) => {
//   if (wrappedMessage?.type !== RESPONSE_TYPE) {
//     return false;
//   }
//   const { id, message: hasListeners } = wrappedMessage;
//   STRICT_RESPONSES[id]?.resolve({ isDeadlock: false, hasListeners });
//   return true;
// };
// var waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
//   if (wrappedMessage?.type !== REQUEST_TYPE) {
//     return;
//   }
//   const deferred = createDeferred();
//   STRICT_RESPONSES[wrappedMessage.id] = deferred;
//   const controller = new AbortController();
//   try {
//     const { isDeadlock, hasListeners } = await Promise.race([
//       deferred,
//       throwOnDisconnect(anyProcess, isSubprocess, controller)
//     ]);
//     if (isDeadlock) {
//       throwOnStrictDeadlockError(isSubprocess);
//     }
//     if (!hasListeners) {
//       throwOnMissingStrict(isSubprocess);
//     }
//   } finally {
//     controller.abort();
//     delete STRICT_RESPONSES[wrappedMessage.id];
//   }
// };
// var STRICT_RESPONSES = {};
// var throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
//   incrementMaxListeners(anyProcess, 1, signal);
//   await (0, import_node_events5.once)(anyProcess, "disconnect", { signal });
//   throwOnStrictDisconnect(isSubprocess);
// };
// var REQUEST_TYPE = "execa:ipc:request";
// var RESPONSE_TYPE = "execa:ipc:response";
// 
// // node_modules/execa/lib/ipc/outgoing.js
// var startSendMessage = (anyProcess, wrappedMessage, strict) => {
//   if (!OUTGOING_MESSAGES.has(anyProcess)) {
//     OUTGOING_MESSAGES.set(anyProcess, /* @__PURE__ */ new Set());
//   }
//   const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
//   const onMessageSent = createDeferred();
//   const id = strict ? wrappedMessage.id : void 0;
//   const outgoingMessage = { onMessageSent, id };
//   outgoingMessages.add(outgoingMessage);
//   return { outgoingMessages, outgoingMessage };
// };
// var endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
//   outgoingMessages.delete(outgoingMessage);
//   outgoingMessage.onMessageSent.resolve();
// };
// var waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
//   while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
//     const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
//     validateStrictDeadlock(outgoingMessages, wrappedMessage);
//     await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
//   }
// };
// var OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
// var hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
// var getMinListenerCount = (anyProcess) => SUBPROCESS_OPTIONS.has(anyProcess) && !getFdSpecificValue(SUBPROCESS_OPTIONS.get(anyProcess).options.buffer, "ipc") ? 1 : 0;
// 
// // node_modules/execa/lib/ipc/send.js
// var sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, { strict = false } = {}) => {
//   const methodName = "sendMessage";
//   validateIpcMethod({
//     methodName,
//     isSubprocess,
//     ipc,
//     isConnected: anyProcess.connected
//   });
//   return sendMessageAsync({
//     anyProcess,
//     channel,
//     methodName,
//     isSubprocess,
//     message,
//     strict
//   });
// };
// var sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
//   const wrappedMessage = handleSendStrict({
//     anyProcess,
//     channel,
//     isSubprocess,
//     message,
//     strict
//   });
//   const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
//   try {
//     await sendOneMessage({
//       anyProcess,
//       methodName,
//       isSubprocess,
//       wrappedMessage,
//       message
//     });
//   } catch (error) {
//     disconnect(anyProcess);
//     throw error;
//   } finally {
//     endSendMessage(outgoingMessagesState);
//   }
// };
// var sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message }) => {
//   const sendMethod = getSendMethod(anyProcess);
//   try {
//     await Promise.all([
//       waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess),
//       sendMethod(wrappedMessage)
//     ]);
//   } catch (error) {
//     handleEpipeError({ error, methodName, isSubprocess });
//     handleSerializationError({
//       error,
//       methodName,
//       isSubprocess,
//       message
//     });
//     throw error;
//   }
// };
// var getSendMethod = (anyProcess) => {
//   if (PROCESS_SEND_METHODS.has(anyProcess)) {
//     return PROCESS_SEND_METHODS.get(anyProcess);
//   }
//   const sendMethod = (0, import_node_util5.promisify)(anyProcess.send.bind(anyProcess));
//   PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
//   return sendMethod;
// };
// var PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();
// 
// // node_modules/execa/lib/ipc/graceful.js
// var sendAbort = (subprocess, message) => {
//   const methodName = "cancelSignal";
//   validateConnection(methodName, false, subprocess.connected);
//   return sendOneMessage({
//     anyProcess: subprocess,
//     methodName,
//     isSubprocess: false,
//     wrappedMessage: { type: GRACEFUL_CANCEL_TYPE, message },
//     message
//   });
// };
// var getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
//   await startIpc({
//     anyProcess,
//     channel,
//     isSubprocess,
//     ipc
//   });
//   return cancelController.signal;
// };
// var startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
//   if (cancelListening) {
//     return;
//   }
//   cancelListening = true;
//   if (!ipc) {
//     throwOnMissingParent();
//     return;
//   }
//   if (channel === null) {
//     abortOnDisconnect();
//     return;
//   }
//   getIpcEmitter(anyProcess, channel, isSubprocess);
//   await import_promises3.scheduler.yield();
// };
// var cancelListening = false;
// var handleAbort = (wrappedMessage) => {
//   if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
//     return false;
//   }
//   cancelController.abort(wrappedMessage.message);
//   return true;
// };
// var GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
// var abortOnDisconnect = () => {
//   cancelController.abort(getAbortDisconnectError());
// };
// var cancelController = new AbortController();
// 
// // node_modules/execa/lib/terminate/graceful.js
// var validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
//   if (!gracefulCancel) {
//     return;
//   }
//   if (cancelSignal === void 0) {
//     throw new Error("The `cancelSignal` option must be defined when setting the `gracefulCancel` option.");
//   }
//   if (!ipc) {
//     throw new Error("The `ipc` option cannot be false when setting the `gracefulCancel` option.");
//   }
//   if (serialization === "json") {
//     throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
//   }
// };
// var throwOnGracefulCancel = ({
//   subprocess,
//   cancelSignal,
//   gracefulCancel,
//   forceKillAfterDelay,
//   context,
//   controller
// }) => gracefulCancel ? [sendOnAbort({
//   subprocess,
//   cancelSignal,
//   forceKillAfterDelay,
//   context,
//   controller
// })] : [];
// var sendOnAbort = async ({ subprocess, cancelSignal, forceKillAfterDelay, context, controller: { signal } }) => {
//   await onAbortedSignal(cancelSignal, signal);
//   const reason = getReason(cancelSignal);
//   await sendAbort(subprocess, reason);
//   killOnTimeout({
//     kill: subprocess.kill,
//     forceKillAfterDelay,
//     context,
//     controllerSignal: signal
//   });
//   context.terminationReason ??= "gracefulCancel";
//   throw cancelSignal.reason;
// };
// var getReason = ({ reason }) => {
//   if (!(reason instanceof DOMException)) {
//     return reason;
//   }
//   const error = new Error(reason.message);
//   Object.defineProperty(error, "stack", {
//     value: reason.stack,
//     enumerable: false,
//     configurable: true,
//     writable: true
//   });
//   return error;
// };
// 
// // node_modules/execa/lib/terminate/timeout.js
// var import_promises4 = __toESM(require_promises(), 1);
// var validateTimeout = ({ timeout }) => {
//   if (timeout !== void 0 && (!Number.isFinite(timeout) || timeout < 0)) {
//     throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${timeout}\` (${typeof timeout})`);
//   }
// };
// var throwOnTimeout = (subprocess, timeout, context, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(subprocess, timeout, context, controller)];
// var killAfterTimeout = async (subprocess, timeout, context, { signal }) => {
//   await (0, import_promises4.setTimeout)(timeout, void 0, { signal });
//   context.terminationReason ??= "timeout";
//   subprocess.kill();
//   throw new DiscardedError();
// };
// 
// // node_modules/execa/lib/methods/node.js
// var import_node_process6 = __toESM(require_node_process(), 1);
// var import_node_path3 = __toESM(require_node_path(), 1);
// var mapNode = ({ options }) => {
//   if (options.node === false) {
//     throw new TypeError('The "node" option cannot be false with `execaNode()`.');
//   }
//   return { options: { ...options, node: true } };
// };
// var handleNodeOption = (file, commandArguments, {
//   node: shouldHandleNode = false,
//   nodePath = import_node_process6.execPath,
//   nodeOptions = import_node_process6.execArgv.filter((nodeOption) => !nodeOption.startsWith("--inspect")),
//   cwd,
//   execPath: formerNodePath,
//   ...options
// }) => {
//   if (formerNodePath !== void 0) {
//     throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
//   }
//   const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
//   const resolvedNodePath = import_node_path3.default.resolve(cwd, normalizedNodePath);
//   const newOptions = {
//     ...options,
//     nodePath: resolvedNodePath,
//     node: shouldHandleNode,
//     cwd
//   };
//   if (!shouldHandleNode) {
//     return [file, commandArguments, newOptions];
//   }
//   if (import_node_path3.default.basename(file, ".exe") === "node") {
//     throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
//   }
//   return [
//     resolvedNodePath,
//     [...nodeOptions, file, ...commandArguments],
//     { ipc: true, ...newOptions, shell: false }
//   ];
// };
// 
// // node_modules/execa/lib/ipc/ipc-input.js
// var import_node_v8 = __toESM(require_node_v8(), 1);
// var validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
//   if (ipcInput === void 0) {
//     return;
//   }
//   if (!ipc) {
//     throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
//   }
//   validateIpcInput[serialization](ipcInput);
// };
// var validateAdvancedInput = (ipcInput) => {
//   try {
//     (0, import_node_v8.serialize)(ipcInput);
//   } catch (error) {
//     throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
//   }
// };
// var validateJsonInput = (ipcInput) => {
//   try {
//     JSON.stringify(ipcInput);
//   } catch (error) {
//     throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
//   }
// };
// var validateIpcInput = {
//   advanced: validateAdvancedInput,
//   json: validateJsonInput
// };
// var sendIpcInput = async (subprocess, ipcInput) => {
//   if (ipcInput === void 0) {
//     return;
//   }
//   await subprocess.sendMessage(ipcInput);
// };
// 
// // node_modules/execa/lib/arguments/encoding-option.js
// var validateEncoding = ({ encoding }) => {
//   if (ENCODINGS.has(encoding)) {
//     return;
//   }
//   const correctEncoding = getCorrectEncoding(encoding);
//   if (correctEncoding !== void 0) {
//     throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
// Please rename it to ${serializeEncoding(correctEncoding)}.`);
//   }
//   const correctEncodings = [...ENCODINGS].map((correctEncoding2) => serializeEncoding(correctEncoding2)).join(", ");
//   throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
// Please rename it to one of: ${correctEncodings}.`);
// };
// var TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
// var BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
// var ENCODINGS = /* @__PURE__ */ new Set([...TEXT_ENCODINGS, ...BINARY_ENCODINGS]);
// var getCorrectEncoding = (encoding) => {
//   if (encoding === null) {
//     return "buffer";
//   }
//   if (typeof encoding !== "string") {
//     return;
//   }
//   const lowerEncoding = encoding.toLowerCase();
//   if (lowerEncoding in ENCODING_ALIASES) {
//     return ENCODING_ALIASES[lowerEncoding];
//   }
//   if (ENCODINGS.has(lowerEncoding)) {
//     return lowerEncoding;
//   }
// };
// var ENCODING_ALIASES = {
//   // eslint-disable-next-line unicorn/text-encoding-identifier-case
//   "utf-8": "utf8",
//   "utf-16le": "utf16le",
//   "ucs-2": "utf16le",
//   ucs2: "utf16le",
//   binary: "latin1"
// };
// var serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);
// 
// // node_modules/execa/lib/arguments/cwd.js
// var import_node_fs = __toESM(require_node_fs(), 1);
// var import_node_path4 = __toESM(require_node_path(), 1);
// var import_node_process7 = __toESM(require_node_process(), 1);
// var normalizeCwd = (cwd = getDefaultCwd()) => {
//   const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
//   return import_node_path4.default.resolve(cwdString);
// };
// var getDefaultCwd = () => {
//   try {
//     return import_node_process7.default.cwd();
//   } catch (error) {
//     error.message = `The current directory does not exist.
// ${error.message}`;
//     throw error;
//   }
// };
// var fixCwdError = (originalMessage, cwd) => {
//   if (cwd === getDefaultCwd()) {
//     return originalMessage;
//   }
//   let cwdStat;
//   try {
//     cwdStat = (0, import_node_fs.statSync)(cwd);
//   } catch (error) {
//     return `The "cwd" option is invalid: ${cwd}.
// ${error.message}
// ${originalMessage}`;
//   }
//   if (!cwdStat.isDirectory()) {
//     return `The "cwd" option is not a directory: ${cwd}.
// ${originalMessage}`;
//   }
//   return originalMessage;
// };
// 
// // node_modules/execa/lib/arguments/options.js
// var normalizeOptions = (filePath, rawArguments, rawOptions) => {
//   rawOptions.cwd = normalizeCwd(rawOptions.cwd);
//   const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, rawOptions);
//   const { command: file, args: commandArguments, options: initialOptions } = import_cross_spawn.default._parse(processedFile, processedArguments, processedOptions);
//   const fdOptions = normalizeFdSpecificOptions(initialOptions);
//   const options = addDefaultOptions(fdOptions);
//   validateTimeout(options);
//   validateEncoding(options);
//   validateIpcInputOption(options);
//   validateCancelSignal(options);
//   validateGracefulCancel(options);
//   options.shell = normalizeFileUrl(options.shell);
//   options.env = getEnv(options);
//   options.killSignal = normalizeKillSignal(options.killSignal);
//   options.forceKillAfterDelay = normalizeForceKillAfterDelay(options.forceKillAfterDelay);
//   options.lines = options.lines.map((lines, fdNumber) => lines && !BINARY_ENCODINGS.has(options.encoding) && options.buffer[fdNumber]);
//   if (import_node_process8.default.platform === "win32" && import_node_path5.default.basename(file, ".exe") === "cmd") {
//     commandArguments.unshift("/q");
//   }
//   return { file, commandArguments, options };
// };
// var addDefaultOptions = ({
//   extendEnv = true,
//   preferLocal = false,
//   cwd,
//   localDir: localDirectory = cwd,
//   encoding = "utf8",
//   reject = true,
//   cleanup = true,
//   all = false,
//   windowsHide = true,
//   killSignal = "SIGTERM",
//   forceKillAfterDelay = true,
//   gracefulCancel = false,
//   ipcInput,
//   ipc = ipcInput !== void 0 || gracefulCancel,
//   serialization = "advanced",
//   ...options
// }) => ({
//   ...options,
//   extendEnv,
//   preferLocal,
//   cwd,
//   localDirectory,
//   encoding,
//   reject,
//   cleanup,
//   all,
//   windowsHide,
//   killSignal,
//   forceKillAfterDelay,
//   gracefulCancel,
//   ipcInput,
//   ipc,
//   serialization
// });
// var getEnv = ({ env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath }) => {
//   const env = extendEnv ? { ...import_node_process8.default.env, ...envOption } : envOption;
//   if (preferLocal || node) {
//     return npmRunPathEnv({
//       env,
//       cwd: localDirectory,
//       execPath: nodePath,
//       preferLocal,
//       addExecPath: node
//     });
//   }
//   return env;
// };
// 
// // node_modules/execa/lib/arguments/shell.js
// var concatenateShell = (file, commandArguments, options) => options.shell && commandArguments.length > 0 ? [[file, ...commandArguments].join(" "), [], options] : [file, commandArguments, options];
// 
// // node_modules/execa/lib/return/message.js
// var import_node_util6 = __toESM(require_node_util(), 1);
// 
// // node_modules/strip-final-newline/index.js
// function stripFinalNewline(input) {
//   if (typeof input === "string") {
//     return stripFinalNewlineString(input);
//   }
//   if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
//     throw new Error("Input must be a string or a Uint8Array");
//   }
//   return stripFinalNewlineBinary(input);
// }
// var stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
// var stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
// var LF = "\n";
// var LF_BINARY = LF.codePointAt(0);
// var CR = "\r";
// var CR_BINARY = CR.codePointAt(0);
// 
// // node_modules/get-stream/source/index.js
// var import_node_events6 = __toESM(require_node_events(), 1);
// var import_promises5 = __toESM(require_promises2(), 1);
// 
// // node_modules/is-stream/index.js
// function isStream(stream, { checkOpen = true } = {}) {
//   return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
// }
// function isWritableStream(stream, { checkOpen = true } = {}) {
//   return isStream(stream, { checkOpen }) && (stream.writable || !checkOpen) && typeof stream.write === "function" && typeof stream.end === "function" && typeof stream.writable === "boolean" && typeof stream.writableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
// }
// function isReadableStream(stream, { checkOpen = true } = {}) {
//   return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
// }
// function isDuplexStream(stream, options) {
//   return isWritableStream(stream, options) && isReadableStream(stream, options);
// }
// 
// // node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
// var a = Object.getPrototypeOf(
//   Object.getPrototypeOf(
//     /* istanbul ignore next */
//     async function* () {
//     }
//   ).prototype
// );
// var c = class {
//   #t;
//   #n;
//   #r = false;
//   #e = void 0;
//   constructor(e, t) {
//     this.#t = e, this.#n = t;
//   }
//   next() {
//     const e = () => this.#s();
//     return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
//   }
//   return(e) {
//     const t = () => this.#i(e);
//     return this.#e ? this.#e.then(t, t) : t();
//   }
//   async #s() {
//     if (this.#r)
//       return {
//         done: true,
//         value: void 0
//       };
//     let e;
//     try {
//       e = await this.#t.read();
//     } catch (t) {
//       throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
//     }
//     return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
//   }
//   async #i(e) {
//     if (this.#r)
//       return {
//         done: true,
//         value: e
//       };
//     if (this.#r = true, !this.#n) {
//       const t = this.#t.cancel(e);
//       return this.#t.releaseLock(), await t, {
//         done: true,
//         value: e
//       };
//     }
//     return this.#t.releaseLock(), {
//       done: true,
//       value: e
//     };
//   }
// };
// var n = /* @__PURE__ */ Symbol();
// function i() {
//   return this[n].next();
// }
// Object.defineProperty(i, "name", { value: "next" });
// function o(r) {
//   return this[n].return(r);
// }
// Object.defineProperty(o, "name", { value: "return" });
// var u = Object.create(a, {
//   next: {
//     enumerable: true,
//     configurable: true,
//     writable: true,
//     value: i
//   },
//   return: {
//     enumerable: true,
//     configurable: true,
//     writable: true,
//     value: o
//   }
// });
// function h({ preventCancel: r = false } = {}) {
//   const e = this.getReader(), t = new c(
//     e,
//     r
//   ), s = Object.create(u);
//   return s[n] = t, s;
// }
// 
// // node_modules/get-stream/source/stream.js
// var getAsyncIterable = (stream) => {
//   if (isReadableStream(stream, { checkOpen: false }) && nodeImports.on !== void 0) {
//     return getStreamIterable(stream);
//   }
//   if (typeof stream?.[Symbol.asyncIterator] === "function") {
//     return stream;
//   }
//   if (toString.call(stream) === "[object ReadableStream]") {
//     return h.call(stream);
//   }
//   throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
// };
// var { toString } = Object.prototype;
// var getStreamIterable = async function* (stream) {
//   const controller = new AbortController();
//   const state = {};
//   handleStreamEnd(stream, controller, state);
//   try {
//     for await (const [chunk] of nodeImports.on(stream, "data", { signal: controller.signal })) {
//       yield chunk;
//     }
//   } catch (error) {
//     if (state.error !== void 0) {
//       throw state.error;
//     } else if (!controller.signal.aborted) {
//       throw error;
//     }
//   } finally {
//     stream.destroy();
//   }
// };
// var handleStreamEnd = async (stream, controller, state) => {
//   try {
//     await nodeImports.finished(stream, {
//       cleanup: true,
//       readable: true,
//       writable: false,
//       error: false
//     });
//   } catch (error) {
//     state.error = error;
//   } finally {
//     controller.abort();
//   }
// };
// var nodeImports = {};
// 
// // node_modules/get-stream/source/contents.js
// var getStreamContents = async (stream, { init, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
//   const asyncIterable = getAsyncIterable(stream);
//   const state = init();
//   state.length = 0;
//   try {
//     for await (const chunk of asyncIterable) {
//       const chunkType = getChunkType(chunk);
//       const convertedChunk = convertChunk[chunkType](chunk, state);
//       appendChunk({
//         convertedChunk,
//         state,
//         getSize,
//         truncateChunk,
//         addChunk,
//         maxBuffer
//       });
//     }
//     appendFinalChunk({
//       state,
//       convertChunk,
//       getSize,
//       truncateChunk,
//       addChunk,
//       getFinalChunk,
//       maxBuffer
//     });
//     return finalize(state);
//   } catch (error) {
//     const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
//     normalizedError.bufferedData = finalize(state);
//     throw normalizedError;
//   }
// };
// var appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
//   const convertedChunk = getFinalChunk(state);
//   if (convertedChunk !== void 0) {
//     appendChunk({
//       convertedChunk,
//       state,
//       getSize,
//       truncateChunk,
//       addChunk,
//       maxBuffer
//     });
//   }
// };
// var appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
//   const chunkSize = getSize(convertedChunk);
//   const newLength = state.length + chunkSize;
//   if (newLength <= maxBuffer) {
//     addNewChunk(convertedChunk, state, addChunk, newLength);
//     return;
//   }
//   const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
//   if (truncatedChunk !== void 0) {
//     addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
//   }
//   throw new MaxBufferError();
// };
// var addNewChunk = (convertedChunk, state, addChunk, newLength) => {
//   state.contents = addChunk(convertedChunk, state, newLength);
//   state.length = newLength;
// };
// var getChunkType = (chunk) => {
//   const typeOfChunk = typeof chunk;
//   if (typeOfChunk === "string") {
//     return "string";
//   }
//   if (typeOfChunk !== "object" || chunk === null) {
//     return "others";
//   }
//   if (globalThis.Buffer?.isBuffer(chunk)) {
//     return "buffer";
//   }
//   const prototypeName = objectToString2.call(chunk);
//   if (prototypeName === "[object ArrayBuffer]") {
//     return "arrayBuffer";
//   }
//   if (prototypeName === "[object DataView]") {
//     return "dataView";
//   }
//   if (Number.isInteger(chunk.byteLength) && Number.isInteger(chunk.byteOffset) && objectToString2.call(chunk.buffer) === "[object ArrayBuffer]") {
//     return "typedArray";
//   }
//   return "others";
// };
// var { toString: objectToString2 } = Object.prototype;
// var MaxBufferError = class extends Error {
//   name = "MaxBufferError";
//   constructor() {
//     super("maxBuffer exceeded");
//   }
// };
// 
// // node_modules/get-stream/source/utils.js
// var identity2 = (value) => value;
// var noop = () => void 0;
// var getContentsProperty = ({ contents }) => contents;
// var throwObjectStream = (chunk) => {
//   throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
// };
// var getLengthProperty = (convertedChunk) => convertedChunk.length;
// 
// // node_modules/get-stream/source/array.js
// async function getStreamAsArray(stream, options) {
//   return getStreamContents(stream, arrayMethods, options);
// }
// var initArray = () => ({ contents: [] });
// var increment = () => 1;
// var addArrayChunk = (convertedChunk, { contents }) => {
//   contents.push(convertedChunk);
//   return contents;
// };
// var arrayMethods = {
//   init: initArray,
//   convertChunk: {
//     string: identity2,
//     buffer: identity2,
//     arrayBuffer: identity2,
//     dataView: identity2,
//     typedArray: identity2,
//     others: identity2
//   },
//   getSize: increment,
//   truncateChunk: noop,
//   addChunk: addArrayChunk,
//   getFinalChunk: noop,
//   finalize: getContentsProperty
// };
// 
// // node_modules/get-stream/source/array-buffer.js
// async function getStreamAsArrayBuffer(stream, options) {
//   return getStreamContents(stream, arrayBufferMethods, options);
// }
// var initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
// var useTextEncoder = (chunk) => textEncoder2.encode(chunk);
// var textEncoder2 = new TextEncoder();
// var useUint8Array = (chunk) => new Uint8Array(chunk);
// var useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
// var truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
// var addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
//   const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
//   new Uint8Array(newContents).set(convertedChunk, previousLength);
//   return newContents;
// };
// var resizeArrayBufferSlow = (contents, length) => {
//   if (length <= contents.byteLength) {
//     return contents;
//   }
//   const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
//   new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
//   return arrayBuffer;
// };
// var resizeArrayBuffer = (contents, length) => {
//   if (length <= contents.maxByteLength) {
//     contents.resize(length);
//     return contents;
//   }
//   const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
//   new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
//   return arrayBuffer;
// };
// var getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
// var SCALE_FACTOR = 2;
// var finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
// var hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
// var arrayBufferMethods = {
//   init: initArrayBuffer,
//   convertChunk: {
//     string: useTextEncoder,
//     buffer: useUint8Array,
//     arrayBuffer: useUint8Array,
//     dataView: useUint8ArrayWithOffset,
//     typedArray: useUint8ArrayWithOffset,
//     others: throwObjectStream
//   },
//   getSize: getLengthProperty,
//   truncateChunk: truncateArrayBufferChunk,
//   addChunk: addArrayBufferChunk,
//   getFinalChunk: noop,
//   finalize: finalizeArrayBuffer
// };
// 
// // node_modules/get-stream/source/string.js
// async function getStreamAsString(stream, options) {
//   return getStreamContents(stream, stringMethods, options);
// }
// var initString = () => ({ contents: "", textDecoder: new TextDecoder() });
// var useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
// var addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
// var truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
// var getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
//   const finalChunk = textDecoder2.decode();
//   return finalChunk === "" ? void 0 : finalChunk;
// };
// var stringMethods = {
//   init: initString,
//   convertChunk: {
//     string: identity2,
//     buffer: useTextDecoder,
//     arrayBuffer: useTextDecoder,
//     dataView: useTextDecoder,
//     typedArray: useTextDecoder,
//     others: throwObjectStream
//   },
//   getSize: getLengthProperty,
//   truncateChunk: truncateStringChunk,
//   addChunk: addStringChunk,
//   getFinalChunk: getFinalStringChunk,
//   finalize: getContentsProperty
// };
// 
// // node_modules/get-stream/source/index.js
// Object.assign(nodeImports, { on: import_node_events6.on, finished: import_promises5.finished });
// 
// // node_modules/execa/lib/io/max-buffer.js
// var handleMaxBuffer = ({ error, stream, readableObjectMode, lines, encoding, fdNumber }) => {
//   if (!(error instanceof MaxBufferError)) {
//     throw error;
//   }
//   if (fdNumber === "all") {
//     return error;
//   }
//   const unit = getMaxBufferUnit(readableObjectMode, lines, encoding);
//   error.maxBufferInfo = { fdNumber, unit };
//   stream.destroy();
//   throw error;
// };
// var getMaxBufferUnit = (readableObjectMode, lines, encoding) => {
//   if (readableObjectMode) {
//     return "objects";
//   }
//   if (lines) {
//     return "lines";
//   }
//   if (encoding === "buffer") {
//     return "bytes";
//   }
//   return "characters";
// };
// var checkIpcMaxBuffer = (subprocess, ipcOutput, maxBuffer) => {
//   if (ipcOutput.length !== maxBuffer) {
//     return;
//   }
//   const error = new MaxBufferError();
//   error.maxBufferInfo = { fdNumber: "ipc" };
//   throw error;
// };
// var getMaxBufferMessage = (error, maxBuffer) => {
//   const { streamName, threshold, unit } = getMaxBufferInfo(error, maxBuffer);
//   return `Command's ${streamName} was larger than ${threshold} ${unit}`;
// };
// var getMaxBufferInfo = (error, maxBuffer) => {
//   if (error?.maxBufferInfo === void 0) {
//     return { streamName: "output", threshold: maxBuffer[1], unit: "bytes" };
//   }
//   const { maxBufferInfo: { fdNumber, unit } } = error;
//   delete error.maxBufferInfo;
//   const threshold = getFdSpecificValue(maxBuffer, fdNumber);
//   if (fdNumber === "ipc") {
//     return { streamName: "IPC output", threshold, unit: "messages" };
//   }
//   return { streamName: getStreamName(fdNumber), threshold, unit };
// };
// var isMaxBufferSync = (resultError, output, maxBuffer) => resultError?.code === "ENOBUFS" && output !== null && output.some((result) => result !== null && result.length > getMaxBufferSync(maxBuffer));
// var truncateMaxBufferSync = (result, isMaxBuffer, maxBuffer) => {
//   if (!isMaxBuffer) {
//     return result;
//   }
//   const maxBufferValue = getMaxBufferSync(maxBuffer);
//   return result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
// };
// var getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer;
// 
// // node_modules/execa/lib/return/message.js
// var createMessages = ({
//   stdio,
//   all,
//   ipcOutput,
//   originalError,
//   signal,
//   signalDescription,
//   exitCode,
//   escapedCommand,
//   timedOut,
//   isCanceled,
//   isGracefullyCanceled,
//   isMaxBuffer,
//   isForcefullyTerminated,
//   forceKillAfterDelay,
//   killSignal,
//   maxBuffer,
//   timeout,
//   cwd
// }) => {
//   const errorCode = originalError?.code;
//   const prefix = getErrorPrefix({
//     originalError,
//     timedOut,
//     timeout,
//     isMaxBuffer,
//     maxBuffer,
//     errorCode,
//     signal,
//     signalDescription,
//     exitCode,
//     isCanceled,
//     isGracefullyCanceled,
//     isForcefullyTerminated,
//     forceKillAfterDelay,
//     killSignal
//   });
//   const originalMessage = getOriginalMessage(originalError, cwd);
//   const suffix = originalMessage === void 0 ? "" : `
// ${originalMessage}`;
//   const shortMessage = `${prefix}: ${escapedCommand}${suffix}`;
//   const messageStdio = all === void 0 ? [stdio[2], stdio[1]] : [all];
//   const message = [
//     shortMessage,
//     ...messageStdio,
//     ...stdio.slice(3),
//     ipcOutput.map((ipcMessage) => serializeIpcMessage(ipcMessage)).join("\n")
//   ].map((messagePart) => escapeLines(stripFinalNewline(serializeMessagePart(messagePart)))).filter(Boolean).join("\n\n");
//   return { originalMessage, shortMessage, message };
// };
// var getErrorPrefix = ({
//   originalError,
//   timedOut,
//   timeout,
//   isMaxBuffer,
//   maxBuffer,
//   errorCode,
//   signal,
//   signalDescription,
//   exitCode,
//   isCanceled,
//   isGracefullyCanceled,
//   isForcefullyTerminated,
//   forceKillAfterDelay,
//   killSignal
// }) => {
//   const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);
//   if (timedOut) {
//     return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
//   }
//   if (isGracefullyCanceled) {
//     if (signal === void 0) {
//       return `Command was gracefully canceled with exit code ${exitCode}`;
//     }
//     return isForcefullyTerminated ? `Command was gracefully canceled${forcefulSuffix}` : `Command was gracefully canceled with ${signal} (${signalDescription})`;
//   }
//   if (isCanceled) {
//     return `Command was canceled${forcefulSuffix}`;
//   }
//   if (isMaxBuffer) {
//     return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
//   }
//   if (errorCode !== void 0) {
//     return `Command failed with ${errorCode}${forcefulSuffix}`;
//   }
//   if (isForcefullyTerminated) {
//     return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
//   }
//   if (signal !== void 0) {
//     return `Command was killed with ${signal} (${signalDescription})`;
//   }
//   if (exitCode !== void 0) {
//     return `Command failed with exit code ${exitCode}`;
//   }
//   return "Command failed";
// };
// var getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
// var getOriginalMessage = (originalError, cwd) => {
//   if (originalError instanceof DiscardedError) {
//     return;
//   }
//   const originalMessage = isExecaError(originalError) ? originalError.originalMessage : String(originalError?.message ?? originalError);
//   const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
//   return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
// };
// var serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : (0, import_node_util6.inspect)(ipcMessage);
// var serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).filter(Boolean).join("\n") : serializeMessageItem(messagePart);
// var serializeMessageItem = (messageItem) => {
//   if (typeof messageItem === "string") {
//     return messageItem;
//   }
//   if (isUint8Array(messageItem)) {
//     return uint8ArrayToString(messageItem);
//   }
//   return "";
// };
// 
// // node_modules/execa/lib/return/result.js
// var makeSuccessResult = ({
//   command,
//   escapedCommand,
//   stdio,
//   all,
//   ipcOutput,
//   options: { cwd },
//   startTime
// }) => omitUndefinedProperties({
//   command,
//   escapedCommand,
//   cwd,
//   durationMs: getDurationMs(startTime),
//   failed: false,
//   timedOut: false,
//   isCanceled: false,
//   isGracefullyCanceled: false,
//   isTerminated: false,
//   isMaxBuffer: false,
//   isForcefullyTerminated: false,
//   exitCode: 0,
//   stdout: stdio[1],
//   stderr: stdio[2],
//   all,
//   stdio,
//   ipcOutput,
//   pipedFrom: []
// });
// var makeEarlyError = ({
//   error,
//   command,
//   escapedCommand,
//   fileDescriptors,
//   options,
//   startTime,
//   isSync
// }) => makeError({
//   error,
//   command,
//   escapedCommand,
//   startTime,
//   timedOut: false,
//   isCanceled: false,
//   isGracefullyCanceled: false,
//   isMaxBuffer: false,
//   isForcefullyTerminated: false,
//   stdio: Array.from({ length: fileDescriptors.length }),
//   ipcOutput: [],
//   options,
//   isSync
// });
// var makeError = ({
//   error: originalError,
//   command,
//   escapedCommand,
//   startTime,
//   timedOut,
//   isCanceled,
//   isGracefullyCanceled,
//   isMaxBuffer,
//   isForcefullyTerminated,
//   exitCode: rawExitCode,
//   signal: rawSignal,
//   stdio,
//   all,
//   ipcOutput,
//   options: {
//     timeoutDuration,
//     timeout = timeoutDuration,
//     forceKillAfterDelay,
//     killSignal,
//     cwd,
//     maxBuffer
//   },
//   isSync
// }) => {
//   const { exitCode, signal, signalDescription } = normalizeExitPayload(rawExitCode, rawSignal);
//   const { originalMessage, shortMessage, message } = createMessages({
//     stdio,
//     all,
//     ipcOutput,
//     originalError,
//     signal,
//     signalDescription,
//     exitCode,
//     escapedCommand,
//     timedOut,
//     isCanceled,
//     isGracefullyCanceled,
//     isMaxBuffer,
//     isForcefullyTerminated,
//     forceKillAfterDelay,
//     killSignal,
//     maxBuffer,
//     timeout,
//     cwd
//   });
//   const error = getFinalError(originalError, message, isSync);
//   Object.assign(error, getErrorProperties({
//     error,
//     command,
//     escapedCommand,
//     startTime,
//     timedOut,
//     isCanceled,
//     isGracefullyCanceled,
//     isMaxBuffer,
//     isForcefullyTerminated,
//     exitCode,
//     signal,
//     signalDescription,
//     stdio,
//     all,
//     ipcOutput,
//     cwd,
//     originalMessage,
//     shortMessage
//   }));
//   return error;
// };
// var getErrorProperties = ({
//   error,
//   command,
//   escapedCommand,
//   startTime,
//   timedOut,
//   isCanceled,
//   isGracefullyCanceled,
//   isMaxBuffer,
//   isForcefullyTerminated,
//   exitCode,
//   signal,
//   signalDescription,
//   stdio,
//   all,
//   ipcOutput,
//   cwd,
//   originalMessage,
//   shortMessage
// }) => omitUndefinedProperties({
//   shortMessage,
//   originalMessage,
//   command,
//   escapedCommand,
//   cwd,
//   durationMs: getDurationMs(startTime),
//   failed: true,
//   timedOut,
//   isCanceled,
//   isGracefullyCanceled,
//   isTerminated: signal !== void 0,
//   isMaxBuffer,
//   isForcefullyTerminated,
//   exitCode,
//   signal,
//   signalDescription,
//   code: error.cause?.code,
//   stdout: stdio[1],
//   stderr: stdio[2],
//   all,
//   stdio,
//   ipcOutput,
//   pipedFrom: []
// });
// var omitUndefinedProperties = (result) => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== void 0));
// var normalizeExitPayload = (rawExitCode, rawSignal) => {
//   const exitCode = rawExitCode === null ? void 0 : rawExitCode;
//   const signal = rawSignal === null ? void 0 : rawSignal;
//   const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
//   return { exitCode, signal, signalDescription };
// };
// 
// // node_modules/parse-ms/index.js
// var toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
// function parseNumber(milliseconds) {
//   return {
//     days: Math.trunc(milliseconds / 864e5),
//     hours: Math.trunc(milliseconds / 36e5 % 24),
//     minutes: Math.trunc(milliseconds / 6e4 % 60),
//     seconds: Math.trunc(milliseconds / 1e3 % 60),
//     milliseconds: Math.trunc(milliseconds % 1e3),
//     microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e3) % 1e3),
//     nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1e3)
//   };
// }
// function parseBigint(milliseconds) {
//   return {
//     days: milliseconds / 86400000n,
//     hours: milliseconds / 3600000n % 24n,
//     minutes: milliseconds / 60000n % 60n,
//     seconds: milliseconds / 1000n % 60n,
//     milliseconds: milliseconds % 1000n,
//     microseconds: 0n,
//     nanoseconds: 0n
//   };
// }
// function parseMilliseconds(milliseconds) {
//   switch (typeof milliseconds) {
//     case "number": {
//       if (Number.isFinite(milliseconds)) {
//         return parseNumber(milliseconds);
//       }
//       break;
//     }
//     case "bigint": {
//       return parseBigint(milliseconds);
//     }
//   }
//   throw new TypeError("Expected a finite number or bigint");
// }
// 
// // node_modules/pretty-ms/index.js
// var isZero = (value) => value === 0 || value === 0n;
// var pluralize = (word, count2) => count2 === 1 || count2 === 1n ? word : `${word}s`;
// var SECOND_ROUNDING_EPSILON = 1e-7;
// var ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
// function prettyMilliseconds(milliseconds, options) {
//   const isBigInt = typeof milliseconds === "bigint";
//   if (!isBigInt && !Number.isFinite(milliseconds)) {
//     throw new TypeError("Expected a finite number or bigint");
//   }
//   options = { ...options };
//   const sign = milliseconds < 0 ? "-" : "";
//   milliseconds = milliseconds < 0 ? -milliseconds : milliseconds;
//   if (options.colonNotation) {
//     options.compact = false;
//     options.formatSubMilliseconds = false;
//     options.separateMilliseconds = false;
//     options.verbose = false;
//   }
//   if (options.compact) {
//     options.unitCount = 1;
//     options.secondsDecimalDigits = 0;
//     options.millisecondsDecimalDigits = 0;
//   }
//   let result = [];
//   const floorDecimals = (value, decimalDigits) => {
//     const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
//     const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
//     return flooredValue.toFixed(decimalDigits);
//   };
//   const add = (value, long, short, valueString) => {
//     if ((result.length === 0 || !options.colonNotation) && isZero(value) && !(options.colonNotation && short === "m")) {
//       return;
//     }
//     valueString ??= String(value);
//     if (options.colonNotation) {
//       const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
//       const minLength = result.length > 0 ? 2 : 1;
//       valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
//     } else {
//       valueString += options.verbose ? " " + pluralize(long, value) : short;
//     }
//     result.push(valueString);
//   };
//   const parsed = parseMilliseconds(milliseconds);
//   const days = BigInt(parsed.days);
//   if (options.hideYearAndDays) {
//     add(BigInt(days) * 24n + BigInt(parsed.hours), "hour", "h");
//   } else {
//     if (options.hideYear) {
//       add(days, "day", "d");
//     } else {
//       add(days / 365n, "year", "y");
//       add(days % 365n, "day", "d");
//     }
//     add(Number(parsed.hours), "hour", "h");
//   }
//   add(Number(parsed.minutes), "minute", "m");
//   if (!options.hideSeconds) {
//     if (options.separateMilliseconds || options.formatSubMilliseconds || !options.colonNotation && milliseconds < 1e3 && !options.subSecondsAsDecimals) {
//       const seconds = Number(parsed.seconds);
//       const milliseconds2 = Number(parsed.milliseconds);
//       const microseconds = Number(parsed.microseconds);
//       const nanoseconds = Number(parsed.nanoseconds);
//       add(seconds, "second", "s");
//       if (options.formatSubMilliseconds) {
//         add(milliseconds2, "millisecond", "ms");
//         add(microseconds, "microsecond", "\xB5s");
//         add(nanoseconds, "nanosecond", "ns");
//       } else {
//         const millisecondsAndBelow = milliseconds2 + microseconds / 1e3 + nanoseconds / 1e6;
//         const millisecondsDecimalDigits = typeof options.millisecondsDecimalDigits === "number" ? options.millisecondsDecimalDigits : 0;
//         const roundedMilliseconds = millisecondsAndBelow >= 1 ? Math.round(millisecondsAndBelow) : Math.ceil(millisecondsAndBelow);
//         const maximumMilliseconds = 1e3 - 10 ** -millisecondsDecimalDigits;
//         const millisecondsString = millisecondsDecimalDigits ? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits) : Math.min(roundedMilliseconds, maximumMilliseconds);
//         add(
//           Number.parseFloat(millisecondsString),
//           "millisecond",
//           "ms",
//           millisecondsString
//         );
//       }
//     } else {
//       const seconds = (isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds) / 1e3 % 60;
//       const secondsDecimalDigits = typeof options.secondsDecimalDigits === "number" ? options.secondsDecimalDigits : 1;
//       const secondsFixed = floorDecimals(seconds, secondsDecimalDigits);
//       const secondsString = options.keepDecimalsOnWholeSeconds ? secondsFixed : secondsFixed.replace(/\.0+$/, "");
//       add(Number.parseFloat(secondsString), "second", "s", secondsString);
//     }
//   }
//   if (result.length === 0) {
//     return sign + "0" + (options.verbose ? " milliseconds" : "ms");
//   }
//   const separator = options.colonNotation ? ":" : " ";
//   if (typeof options.unitCount === "number") {
//     result = result.slice(0, Math.max(options.unitCount, 1));
//   }
//   return sign + result.join(separator);
// }
// 
// // node_modules/execa/lib/verbose/error.js
// var logError = (result, verboseInfo) => {
//   if (result.failed) {
//     verboseLog({
//       type: "error",
//       verboseMessage: result.shortMessage,
//       verboseInfo,
//       result
//     });
//   }
// };
// 
// // node_modules/execa/lib/verbose/complete.js
// var logResult = (result, verboseInfo) => {
//   if (!isVerbose(verboseInfo)) {
//     return;
//   }
//   logError(result, verboseInfo);
//   logDuration(result, verboseInfo);
// };
// var logDuration = (result, verboseInfo) => {
//   const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
//   verboseLog({
//     type: "duration",
//     verboseMessage,
//     verboseInfo,
//     result
//   });
// };
// 
// // node_modules/execa/lib/return/reject.js
// var handleResult = (result, verboseInfo, { reject }) => {
//   logResult(result, verboseInfo);
//   if (result.failed && reject) {
//     throw result;
//   }
//   return result;
// };
// 
// // node_modules/execa/lib/stdio/handle-sync.js
// var import_node_fs3 = __toESM(require_node_fs(), 1);
// 
// // node_modules/execa/lib/stdio/type.js
// var getStdioItemType = (value, optionName) => {
//   if (isAsyncGenerator(value)) {
//     return "asyncGenerator";
//   }
//   if (isSyncGenerator(value)) {
//     return "generator";
//   }
//   if (isUrl(value)) {
//     return "fileUrl";
//   }
//   if (isFilePathObject(value)) {
//     return "filePath";
//   }
//   if (isWebStream(value)) {
//     return "webStream";
//   }
//   if (isStream(value, { checkOpen: false })) {
//     return "native";
//   }
//   if (isUint8Array(value)) {
//     return "uint8Array";
//   }
//   if (isAsyncIterableObject(value)) {
//     return "asyncIterable";
//   }
//   if (isIterableObject(value)) {
//     return "iterable";
//   }
//   if (isTransformStream(value)) {
//     return getTransformStreamType({ transform: value }, optionName);
//   }
//   if (isTransformOptions(value)) {
//     return getTransformObjectType(value, optionName);
//   }
//   return "native";
// };
// var getTransformObjectType = (value, optionName) => {
//   if (isDuplexStream(value.transform, { checkOpen: false })) {
//     return getDuplexType(value, optionName);
//   }
//   if (isTransformStream(value.transform)) {
//     return getTransformStreamType(value, optionName);
//   }
//   return getGeneratorObjectType(value, optionName);
// };
// var getDuplexType = (value, optionName) => {
//   validateNonGeneratorType(value, optionName, "Duplex stream");
//   return "duplex";
// };
// var getTransformStreamType = (value, optionName) => {
//   validateNonGeneratorType(value, optionName, "web TransformStream");
//   return "webTransform";
// };
// var validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName) => {
//   checkUndefinedOption(final, `${optionName}.final`, typeName);
//   checkUndefinedOption(binary, `${optionName}.binary`, typeName);
//   checkBooleanOption(objectMode, `${optionName}.objectMode`);
// };
// var checkUndefinedOption = (value, optionName, typeName) => {
//   if (value !== void 0) {
//     throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
//   }
// };
// var getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
//   if (transform !== void 0 && !isGenerator(transform)) {
//     throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
//   }
//   if (isDuplexStream(final, { checkOpen: false })) {
//     throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
//   }
//   if (isTransformStream(final)) {
//     throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
//   }
//   if (final !== void 0 && !isGenerator(final)) {
//     throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
//   }
//   checkBooleanOption(binary, `${optionName}.binary`);
//   checkBooleanOption(objectMode, `${optionName}.objectMode`);
//   return isAsyncGenerator(transform) || isAsyncGenerator(final) ? "asyncGenerator" : "generator";
// };
// var checkBooleanOption = (value, optionName) => {
//   if (value !== void 0 && typeof value !== "boolean") {
//     throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
//   }
// };
// var isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
// var isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
// var isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
// var isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
// var isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
// var isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
// var isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
// var FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
// var isFilePathString = (file) => typeof file === "string";
// var isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
// var KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
// var isReadableStream2 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
// var isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
// var isWebStream = (value) => isReadableStream2(value) || isWritableStream2(value);
// var isTransformStream = (value) => isReadableStream2(value?.readable) && isWritableStream2(value?.writable);
// var isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
// var isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
// var isObject = (value) => typeof value === "object" && value !== null;
// var TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
// var FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
// var SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
// var SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
// var FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
// var TYPE_TO_MESSAGE = {
//   generator: "a generator",
//   asyncGenerator: "an async generator",
//   fileUrl: "a file URL",
//   filePath: "a file path string",
//   fileNumber: "a file descriptor number",
//   webStream: "a web stream",
//   nodeStream: "a Node.js stream",
//   webTransform: "a web TransformStream",
//   duplex: "a Duplex stream",
//   native: "any value",
//   iterable: "an iterable",
//   asyncIterable: "an async iterable",
//   string: "a string",
//   uint8Array: "a Uint8Array"
// };
// 
// // node_modules/execa/lib/transform/object-mode.js
// var getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === "output" ? getOutputObjectModes(objectMode, index, newTransforms) : getInputObjectModes(objectMode, index, newTransforms);
// var getOutputObjectModes = (objectMode, index, newTransforms) => {
//   const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
//   const readableObjectMode = objectMode ?? writableObjectMode;
//   return { writableObjectMode, readableObjectMode };
// };
// var getInputObjectModes = (objectMode, index, newTransforms) => {
//   const writableObjectMode = index === 0 ? objectMode === true : newTransforms[index - 1].value.readableObjectMode;
//   const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
//   return { writableObjectMode, readableObjectMode };
// };
// var getFdObjectMode = (stdioItems, direction) => {
//   const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
//   if (lastTransform === void 0) {
//     return false;
//   }
//   return direction === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
// };
// 
// // node_modules/execa/lib/transform/normalize.js
// var normalizeTransforms = (stdioItems, optionName, direction, options) => [
//   ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
//   ...getTransforms(stdioItems, optionName, direction, options)
// ];
// var getTransforms = (stdioItems, optionName, direction, { encoding }) => {
//   const transforms = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
//   const newTransforms = Array.from({ length: transforms.length });
//   for (const [index, stdioItem] of Object.entries(transforms)) {
//     newTransforms[index] = normalizeTransform({
//       stdioItem,
//       index: Number(index),
//       newTransforms,
//       optionName,
//       direction,
//       encoding
//     });
//   }
//   return sortTransforms(newTransforms, direction);
// };
// var normalizeTransform = ({ stdioItem, stdioItem: { type }, index, newTransforms, optionName, direction, encoding }) => {
//   if (type === "duplex") {
//     return normalizeDuplex({ stdioItem, optionName });
//   }
//   if (type === "webTransform") {
//     return normalizeTransformStream({
//       stdioItem,
//       index,
//       newTransforms,
//       direction
//     });
//   }
//   return normalizeGenerator({
//     stdioItem,
//     index,
//     newTransforms,
//     direction,
//     encoding
//   });
// };
// var normalizeDuplex = ({
//   stdioItem,
//   stdioItem: {
//     value: {
//       transform,
//       transform: { writableObjectMode, readableObjectMode },
//       objectMode = readableObjectMode
//     }
//   },
//   optionName
// }) => {
//   if (objectMode && !readableObjectMode) {
//     throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
//   }
//   if (!objectMode && readableObjectMode) {
//     throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
//   }
//   return {
//     ...stdioItem,
//     value: { transform, writableObjectMode, readableObjectMode }
//   };
// };
// var normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction }) => {
//   const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
//   const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
//   return {
//     ...stdioItem,
//     value: { transform, writableObjectMode, readableObjectMode }
//   };
// };
// var normalizeGenerator = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction, encoding }) => {
//   const {
//     transform,
//     final,
//     binary: binaryOption = false,
//     preserveNewlines = false,
//     objectMode
//   } = isPlainObject(value) ? value : { transform: value };
//   const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
//   const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
//   return {
//     ...stdioItem,
//     value: {
//       transform,
//       final,
//       binary,
//       preserveNewlines,
//       writableObjectMode,
//       readableObjectMode
//     }
//   };
// };
// var sortTransforms = (newTransforms, direction) => direction === "input" ? newTransforms.reverse() : newTransforms;
// 
// // node_modules/execa/lib/stdio/direction.js
// var import_node_process9 = __toESM(require_node_process(), 1);
// var getStreamDirection = (stdioItems, fdNumber, optionName) => {
//   const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber));
//   if (directions.includes("input") && directions.includes("output")) {
//     throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
//   }
//   return directions.find(Boolean) ?? DEFAULT_DIRECTION;
// };
// var getStdioItemDirection = ({ type, value }, fdNumber) => KNOWN_DIRECTIONS[fdNumber] ?? guessStreamDirection[type](value);
// var KNOWN_DIRECTIONS = ["input", "output", "output"];
// var anyDirection = () => void 0;
// var alwaysInput = () => "input";
// var guessStreamDirection = {
//   generator: anyDirection,
//   asyncGenerator: anyDirection,
//   fileUrl: anyDirection,
//   filePath: anyDirection,
//   iterable: alwaysInput,
//   asyncIterable: alwaysInput,
//   uint8Array: alwaysInput,
//   webStream: (value) => isWritableStream2(value) ? "output" : "input",
//   nodeStream(value) {
//     if (!isReadableStream(value, { checkOpen: false })) {
//       return "output";
//     }
//     return isWritableStream(value, { checkOpen: false }) ? void 0 : "input";
//   },
//   webTransform: anyDirection,
//   duplex: anyDirection,
//   native(value) {
//     const standardStreamDirection = getStandardStreamDirection(value);
//     if (standardStreamDirection !== void 0) {
//       return standardStreamDirection;
//     }
//     if (isStream(value, { checkOpen: false })) {
//       return guessStreamDirection.nodeStream(value);
//     }
//   }
// };
// var getStandardStreamDirection = (value) => {
//   if ([0, import_node_process9.default.stdin].includes(value)) {
//     return "input";
//   }
//   if ([1, 2, import_node_process9.default.stdout, import_node_process9.default.stderr].includes(value)) {
//     return "output";
//   }
// };
// var DEFAULT_DIRECTION = "output";
// 
// // node_modules/execa/lib/ipc/array.js
// var normalizeIpcStdioArray = (stdioArray, ipc) => ipc && !stdioArray.includes("ipc") ? [...stdioArray, "ipc"] : stdioArray;
// 
// // node_modules/execa/lib/stdio/stdio-option.js
// var normalizeStdioOption = ({ stdio, ipc, buffer, ...options }, verboseInfo, isSync) => {
//   const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
//   return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
// };
// var getStdioArray = (stdio, options) => {
//   if (stdio === void 0) {
//     return STANDARD_STREAMS_ALIASES.map((alias) => options[alias]);
//   }
//   if (hasAlias(options)) {
//     throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map((alias) => `\`${alias}\``).join(", ")}`);
//   }
//   if (typeof stdio === "string") {
//     return [stdio, stdio, stdio];
//   }
//   if (!Array.isArray(stdio)) {
//     throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof stdio}\``);
//   }
//   const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
//   return Array.from({ length }, (_, fdNumber) => stdio[fdNumber]);
// };
// var hasAlias = (options) => STANDARD_STREAMS_ALIASES.some((alias) => options[alias] !== void 0);
// var addDefaultValue2 = (stdioOption, fdNumber) => {
//   if (Array.isArray(stdioOption)) {
//     return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
//   }
//   if (stdioOption === null || stdioOption === void 0) {
//     return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
//   }
//   return stdioOption;
// };
// var normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && fdNumber !== 0 && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption) ? "ignore" : stdioOption);
// var isOutputPipeOnly = (stdioOption) => stdioOption === "pipe" || Array.isArray(stdioOption) && stdioOption.every((item) => item === "pipe");
// 
// // node_modules/execa/lib/stdio/native.js
// var import_node_fs2 = __toESM(require_node_fs(), 1);
// var import_node_tty2 = __toESM(require_node_tty(), 1);
// var handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction, isSync }) => {
//   if (!isStdioArray || type !== "native") {
//     return stdioItem;
//   }
//   return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction }) : handleNativeStreamAsync({ stdioItem, fdNumber });
// };
// var handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction }) => {
//   const targetFd = getTargetFd({
//     value,
//     optionName,
//     fdNumber,
//     direction
//   });
//   if (targetFd !== void 0) {
//     return targetFd;
//   }
//   if (isStream(value, { checkOpen: false })) {
//     throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
//   }
//   return stdioItem;
// };
// var getTargetFd = ({ value, optionName, fdNumber, direction }) => {
//   const targetFdNumber = getTargetFdNumber(value, fdNumber);
//   if (targetFdNumber === void 0) {
//     return;
//   }
//   if (direction === "output") {
//     return { type: "fileNumber", value: targetFdNumber, optionName };
//   }
//   if (import_node_tty2.default.isatty(targetFdNumber)) {
//     throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
//   }
//   return { type: "uint8Array", value: bufferToUint8Array((0, import_node_fs2.readFileSync)(targetFdNumber)), optionName };
// };
// var getTargetFdNumber = (value, fdNumber) => {
//   if (value === "inherit") {
//     return fdNumber;
//   }
//   if (typeof value === "number") {
//     return value;
//   }
//   const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
//   if (standardStreamIndex !== -1) {
//     return standardStreamIndex;
//   }
// };
// var handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
//   if (value === "inherit") {
//     return { type: "nodeStream", value: getStandardStream(fdNumber, value, optionName), optionName };
//   }
//   if (typeof value === "number") {
//     return { type: "nodeStream", value: getStandardStream(value, value, optionName), optionName };
//   }
//   if (isStream(value, { checkOpen: false })) {
//     return { type: "nodeStream", value, optionName };
//   }
//   return stdioItem;
// };
// var getStandardStream = (fdNumber, value, optionName) => {
//   const standardStream = STANDARD_STREAMS[fdNumber];
//   if (standardStream === void 0) {
//     throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
//   }
//   return standardStream;
// };
// 
// // node_modules/execa/lib/stdio/input-option.js
// var handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
//   ...handleInputOption(input),
//   ...handleInputFileOption(inputFile)
// ] : [];
// var handleInputOption = (input) => input === void 0 ? [] : [{
//   type: getInputType(input),
//   value: input,
//   optionName: "input"
// }];
// var getInputType = (input) => {
//   if (isReadableStream(input, { checkOpen: false })) {
//     return "nodeStream";
//   }
//   if (typeof input === "string") {
//     return "string";
//   }
//   if (isUint8Array(input)) {
//     return "uint8Array";
//   }
//   throw new Error("The `input` option must be a string, a Uint8Array or a Node.js Readable stream.");
// };
// var handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
//   ...getInputFileType(inputFile),
//   optionName: "inputFile"
// }];
// var getInputFileType = (inputFile) => {
//   if (isUrl(inputFile)) {
//     return { type: "fileUrl", value: inputFile };
//   }
//   if (isFilePathString(inputFile)) {
//     return { type: "filePath", value: { file: inputFile } };
//   }
//   throw new Error("The `inputFile` option must be a file path string or a file URL.");
// };
// 
// // node_modules/execa/lib/stdio/duplicate.js
// var filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => stdioItemOne.value !== stdioItemTwo.value || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
// var getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction, fileDescriptors, isSync }) => {
//   const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
//   if (otherStdioItems.length === 0) {
//     return;
//   }
//   if (isSync) {
//     validateDuplicateStreamSync({
//       otherStdioItems,
//       type,
//       value,
//       optionName,
//       direction
//     });
//     return;
//   }
//   if (SPECIAL_DUPLICATE_TYPES.has(type)) {
//     return getDuplicateStreamInstance({
//       otherStdioItems,
//       type,
//       value,
//       optionName,
//       direction
//     });
//   }
//   if (FORBID_DUPLICATE_TYPES.has(type)) {
//     validateDuplicateTransform({
//       otherStdioItems,
//       type,
//       value,
//       optionName
//     });
//   }
// };
// var getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(({ direction, stdioItems }) => stdioItems.filter((stdioItem) => stdioItem.type === type).map(((stdioItem) => ({ ...stdioItem, direction }))));
// var validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction }) => {
//   if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
//     getDuplicateStreamInstance({
//       otherStdioItems,
//       type,
//       value,
//       optionName,
//       direction
//     });
//   }
// };
// var getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction }) => {
//   const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, value));
//   if (duplicateStdioItems.length === 0) {
//     return;
//   }
//   const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction);
//   throwOnDuplicateStream(differentStdioItem, optionName, type);
//   return direction === "output" ? duplicateStdioItems[0].stream : void 0;
// };
// var hasSameValue = ({ type, value }, secondValue) => {
//   if (type === "filePath") {
//     return value.file === secondValue.file;
//   }
//   if (type === "fileUrl") {
//     return value.href === secondValue.href;
//   }
//   return value === secondValue;
// };
// var validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
//   const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
//   throwOnDuplicateStream(duplicateStdioItem, optionName, type);
// };
// var throwOnDuplicateStream = (stdioItem, optionName, type) => {
//   if (stdioItem !== void 0) {
//     throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
//   }
// };
// 
// // node_modules/execa/lib/stdio/handle.js
// var handleStdio = (addProperties3, options, verboseInfo, isSync) => {
//   const stdio = normalizeStdioOption(options, verboseInfo, isSync);
//   const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
//     stdioOption,
//     fdNumber,
//     options,
//     isSync
//   }));
//   const fileDescriptors = getFinalFileDescriptors({
//     initialFileDescriptors,
//     addProperties: addProperties3,
//     options,
//     isSync
//   });
//   options.stdio = fileDescriptors.map(({ stdioItems }) => forwardStdio(stdioItems));
//   return fileDescriptors;
// };
// var getFileDescriptor = ({ stdioOption, fdNumber, options, isSync }) => {
//   const optionName = getStreamName(fdNumber);
//   const { stdioItems: initialStdioItems, isStdioArray } = initializeStdioItems({
//     stdioOption,
//     fdNumber,
//     options,
//     optionName
//   });
//   const direction = getStreamDirection(initialStdioItems, fdNumber, optionName);
//   const stdioItems = initialStdioItems.map((stdioItem) => handleNativeStream({
//     stdioItem,
//     isStdioArray,
//     fdNumber,
//     direction,
//     isSync
//   }));
//   const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction, options);
//   const objectMode = getFdObjectMode(normalizedStdioItems, direction);
//   validateFileObjectMode(normalizedStdioItems, objectMode);
//   return { direction, objectMode, stdioItems: normalizedStdioItems };
// };
// var initializeStdioItems = ({ stdioOption, fdNumber, options, optionName }) => {
//   const values = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
//   const initialStdioItems = [
//     ...values.map((value) => initializeStdioItem(value, optionName)),
//     ...handleInputOptions(options, fdNumber)
//   ];
//   const stdioItems = filterDuplicates(initialStdioItems);
//   const isStdioArray = stdioItems.length > 1;
//   validateStdioArray(stdioItems, isStdioArray, optionName);
//   validateStreams(stdioItems);
//   return { stdioItems, isStdioArray };
// };
// var initializeStdioItem = (value, optionName) => ({
//   type: getStdioItemType(value, optionName),
//   value,
//   optionName
// });
// var validateStdioArray = (stdioItems, isStdioArray, optionName) => {
//   if (stdioItems.length === 0) {
//     throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
//   }
//   if (!isStdioArray) {
//     return;
//   }
//   for (const { value, optionName: optionName2 } of stdioItems) {
//     if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
//       throw new Error(`The \`${optionName2}\` option must not include \`${value}\`.`);
//     }
//   }
// };
// var INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore", "ipc"]);
// var validateStreams = (stdioItems) => {
//   for (const stdioItem of stdioItems) {
//     validateFileStdio(stdioItem);
//   }
// };
// var validateFileStdio = ({ type, value, optionName }) => {
//   if (isRegularUrl(value)) {
//     throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
// For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
//   }
//   if (isUnknownStdioString(type, value)) {
//     throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
//   }
// };
// var validateFileObjectMode = (stdioItems, objectMode) => {
//   if (!objectMode) {
//     return;
//   }
//   const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
//   if (fileStdioItem !== void 0) {
//     throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
//   }
// };
// var getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options, isSync }) => {
//   const fileDescriptors = [];
//   try {
//     for (const fileDescriptor of initialFileDescriptors) {
//       fileDescriptors.push(getFinalFileDescriptor({
//         fileDescriptor,
//         fileDescriptors,
//         addProperties: addProperties3,
//         options,
//         isSync
//       }));
//     }
//     return fileDescriptors;
//   } catch (error) {
//     cleanupCustomStreams(fileDescriptors);
//     throw error;
//   }
// };
// var getFinalFileDescriptor = ({
//   fileDescriptor: { direction, objectMode, stdioItems },
//   fileDescriptors,
//   addProperties: addProperties3,
//   options,
//   isSync
// }) => {
//   const finalStdioItems = stdioItems.map((stdioItem) => addStreamProperties({
//     stdioItem,
//     addProperties: addProperties3,
//     direction,
//     options,
//     fileDescriptors,
//     isSync
//   }));
//   return { direction, objectMode, stdioItems: finalStdioItems };
// };
// var addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction, options, fileDescriptors, isSync }) => {
//   const duplicateStream = getDuplicateStream({
//     stdioItem,
//     direction,
//     fileDescriptors,
//     isSync
//   });
//   if (duplicateStream !== void 0) {
//     return { ...stdioItem, stream: duplicateStream };
//   }
//   return {
//     ...stdioItem,
//     ...addProperties3[direction][stdioItem.type](stdioItem, options)
//   };
// };
// var cleanupCustomStreams = (fileDescriptors) => {
//   for (const { stdioItems } of fileDescriptors) {
//     for (const { stream } of stdioItems) {
//       if (stream !== void 0 && !isStandardStream(stream)) {
//         stream.destroy();
//       }
//     }
//   }
// };
// var forwardStdio = (stdioItems) => {
//   if (stdioItems.length > 1) {
//     return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
//   }
//   const [{ type, value }] = stdioItems;
//   return type === "native" ? value : "pipe";
// };
// 
// // node_modules/execa/lib/stdio/handle-sync.js
// var handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);
// var forbiddenIfSync = ({ type, optionName }) => {
//   throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
// };
// var forbiddenNativeIfSync = ({ optionName, value }) => {
//   if (value === "ipc" || value === "overlapped") {
//     throwInvalidSyncValue(optionName, `"${value}"`);
//   }
//   return {};
// };
// var throwInvalidSyncValue = (optionName, value) => {
//   throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
// };
// var addProperties = {
//   generator() {
//   },
//   asyncGenerator: forbiddenIfSync,
//   webStream: forbiddenIfSync,
//   nodeStream: forbiddenIfSync,
//   webTransform: forbiddenIfSync,
//   duplex: forbiddenIfSync,
//   asyncIterable: forbiddenIfSync,
//   native: forbiddenNativeIfSync
// };
// var addPropertiesSync = {
//   input: {
//     ...addProperties,
//     fileUrl: ({ value }) => ({ contents: [bufferToUint8Array((0, import_node_fs3.readFileSync)(value))] }),
//     filePath: ({ value: { file } }) => ({ contents: [bufferToUint8Array((0, import_node_fs3.readFileSync)(file))] }),
//     fileNumber: forbiddenIfSync,
//     iterable: ({ value }) => ({ contents: [...value] }),
//     string: ({ value }) => ({ contents: [value] }),
//     uint8Array: ({ value }) => ({ contents: [value] })
//   },
//   output: {
//     ...addProperties,
//     fileUrl: ({ value }) => ({ path: value }),
//     filePath: ({ value: { file, append } }) => ({ path: file, append }),
//     fileNumber: ({ value }) => ({ path: value }),
//     iterable: forbiddenIfSync,
//     string: forbiddenIfSync,
//     uint8Array: forbiddenIfSync
//   }
// };
// 
// // node_modules/execa/lib/io/strip-newline.js
// var stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber) => getStripFinalNewline(stripFinalNewline2, fdNumber) && value !== void 0 && !Array.isArray(value) ? stripFinalNewline(value) : value;
// var getStripFinalNewline = (stripFinalNewline2, fdNumber) => fdNumber === "all" ? stripFinalNewline2[1] || stripFinalNewline2[2] : stripFinalNewline2[fdNumber];
// 
// // node_modules/execa/lib/transform/generator.js
// var import_node_stream = __toESM(require_node_stream(), 1);
// 
// // node_modules/execa/lib/transform/split.js
// var getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
// var splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
// var splitLinesItemSync = (chunk, preserveNewlines) => {
//   const { transform, final } = initializeSplitLines(preserveNewlines, {});
//   return [...transform(chunk), ...final()];
// };
// var initializeSplitLines = (preserveNewlines, state) => {
//   state.previousChunks = "";
//   return {
//     transform: splitGenerator.bind(void 0, state, preserveNewlines),
//     final: linesFinal.bind(void 0, state)
//   };
// };
// var splitGenerator = function* (state, preserveNewlines, chunk) {
//   if (typeof chunk !== "string") {
//     yield chunk;
//     return;
//   }
//   let { previousChunks } = state;
//   let start = -1;
//   for (let end = 0; end < chunk.length; end += 1) {
//     if (chunk[end] === "\n") {
//       const newlineLength = getNewlineLength(chunk, end, preserveNewlines, state);
//       let line = chunk.slice(start + 1, end + 1 - newlineLength);
//       if (previousChunks.length > 0) {
//         line = concatString(previousChunks, line);
//         previousChunks = "";
//       }
//       yield line;
//       start = end;
//     }
//   }
//   if (start !== chunk.length - 1) {
//     previousChunks = concatString(previousChunks, chunk.slice(start + 1));
//   }
//   state.previousChunks = previousChunks;
// };
// var getNewlineLength = (chunk, end, preserveNewlines, state) => {
//   if (preserveNewlines) {
//     return 0;
//   }
//   state.isWindowsNewline = end !== 0 && chunk[end - 1] === "\r";
//   return state.isWindowsNewline ? 2 : 1;
// };
// var linesFinal = function* ({ previousChunks }) {
//   if (previousChunks.length > 0) {
//     yield previousChunks;
//   }
// };
// var getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state) };
// var appendNewlineGenerator = function* ({ isWindowsNewline = false }, chunk) {
//   const { unixNewline, windowsNewline, LF: LF2, concatBytes } = typeof chunk === "string" ? linesStringInfo : linesUint8ArrayInfo;
//   if (chunk.at(-1) === LF2) {
//     yield chunk;
//     return;
//   }
//   const newline = isWindowsNewline ? windowsNewline : unixNewline;
//   yield concatBytes(chunk, newline);
// };
// var concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
// var linesStringInfo = {
//   windowsNewline: "\r\n",
//   unixNewline: "\n",
//   LF: "\n",
//   concatBytes: concatString
// };
// var concatUint8Array = (firstChunk, secondChunk) => {
//   const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
//   chunk.set(firstChunk, 0);
//   chunk.set(secondChunk, firstChunk.length);
//   return chunk;
// };
// var linesUint8ArrayInfo = {
//   windowsNewline: new Uint8Array([13, 10]),
//   unixNewline: new Uint8Array([10]),
//   LF: 10,
//   concatBytes: concatUint8Array
// };
// 
// // node_modules/execa/lib/transform/validate.js
// var import_node_buffer = __toESM(require_node_buffer(), 1);
// var getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
// var validateStringTransformInput = function* (optionName, chunk) {
//   if (typeof chunk !== "string" && !isUint8Array(chunk) && !import_node_buffer.Buffer.isBuffer(chunk)) {
//     throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
//   }
//   yield chunk;
// };
// var getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
// var validateObjectTransformReturn = function* (optionName, chunk) {
//   validateEmptyReturn(optionName, chunk);
//   yield chunk;
// };
// var validateStringTransformReturn = function* (optionName, chunk) {
//   validateEmptyReturn(optionName, chunk);
//   if (typeof chunk !== "string" && !isUint8Array(chunk)) {
//     throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
//   }
//   yield chunk;
// };
// var validateEmptyReturn = (optionName, chunk) => {
//   if (chunk === null || chunk === void 0) {
//     throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
// Instead, \`yield\` should either be called with a value, or not be called at all. For example:
//   if (condition) { yield value; }`);
//   }
// };
// 
// // node_modules/execa/lib/transform/encoding-transform.js
// var import_node_buffer2 = __toESM(require_node_buffer(), 1);
// var import_node_string_decoder2 = __toESM(require_node_string_decoder(), 1);
// var getEncodingTransformGenerator = (binary, encoding, skipped) => {
//   if (skipped) {
//     return;
//   }
//   if (binary) {
//     return { transform: encodingUint8ArrayGenerator.bind(void 0, new TextEncoder()) };
//   }
//   const stringDecoder = new import_node_string_decoder2.StringDecoder(encoding);
//   return {
//     transform: encodingStringGenerator.bind(void 0, stringDecoder),
//     final: encodingStringFinal.bind(void 0, stringDecoder)
//   };
// };
// var encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
//   if (import_node_buffer2.Buffer.isBuffer(chunk)) {
//     yield bufferToUint8Array(chunk);
//   } else if (typeof chunk === "string") {
//     yield textEncoder3.encode(chunk);
//   } else {
//     yield chunk;
//   }
// };
// var encodingStringGenerator = function* (stringDecoder, chunk) {
//   yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
// };
// var encodingStringFinal = function* (stringDecoder) {
//   const lastChunk = stringDecoder.end();
//   if (lastChunk !== "") {
//     yield lastChunk;
//   }
// };
// 
// // node_modules/execa/lib/transform/run-async.js
// var import_node_util7 = __toESM(require_node_util(), 1);
// var pushChunks = (0, import_node_util7.callbackify)(async (getChunks, state, getChunksArguments, transformStream) => {
//   state.currentIterable = getChunks(...getChunksArguments);
//   try {
//     for await (const chunk of state.currentIterable) {
//       transformStream.push(chunk);
//     }
//   } finally {
//     delete state.currentIterable;
//   }
// });
// var transformChunk = async function* (chunk, generators, index) {
//   if (index === generators.length) {
//     yield chunk;
//     return;
//   }
//   const { transform = identityGenerator } = generators[index];
//   for await (const transformedChunk of transform(chunk)) {
//     yield* transformChunk(transformedChunk, generators, index + 1);
//   }
// };
// var finalChunks = async function* (generators) {
//   for (const [index, { final }] of Object.entries(generators)) {
//     yield* generatorFinalChunks(final, Number(index), generators);
//   }
// };
// var generatorFinalChunks = async function* (final, index, generators) {
//   if (final === void 0) {
//     return;
//   }
//   for await (const finalChunk of final()) {
//     yield* transformChunk(finalChunk, generators, index + 1);
//   }
// };
// var destroyTransform = (0, import_node_util7.callbackify)(async ({ currentIterable }, error) => {
//   if (currentIterable !== void 0) {
//     await (error ? currentIterable.throw(error) : currentIterable.return());
//     return;
//   }
//   if (error) {
//     throw error;
//   }
// });
// var identityGenerator = function* (chunk) {
//   yield chunk;
// };
// 
// // node_modules/execa/lib/transform/run-sync.js
// var pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
//   try {
//     for (const chunk of getChunksSync(...getChunksArguments)) {
//       transformStream.push(chunk);
//     }
//     done();
//   } catch (error) {
//     done(error);
//   }
// };
// var runTransformSync = (generators, chunks) => [
//   ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
//   ...finalChunksSync(generators)
// ];
// var transformChunkSync = function* (chunk, generators, index) {
//   if (index === generators.length) {
//     yield chunk;
//     return;
//   }
//   const { transform = identityGenerator2 } = generators[index];
//   for (const transformedChunk of transform(chunk)) {
//     yield* transformChunkSync(transformedChunk, generators, index + 1);
//   }
// };
// var finalChunksSync = function* (generators) {
//   for (const [index, { final }] of Object.entries(generators)) {
//     yield* generatorFinalChunksSync(final, Number(index), generators);
//   }
// };
// var generatorFinalChunksSync = function* (final, index, generators) {
//   if (final === void 0) {
//     return;
//   }
//   for (const finalChunk of final()) {
//     yield* transformChunkSync(finalChunk, generators, index + 1);
//   }
// };
// var identityGenerator2 = function* (chunk) {
//   yield chunk;
// };
// 
// // node_modules/execa/lib/transform/generator.js
// var generatorToStream = ({
//   value,
//   value: { transform, final, writableObjectMode, readableObjectMode },
//   optionName
// }, { encoding }) => {
//   const state = {};
//   const generators = addInternalGenerators(value, encoding, optionName);
//   const transformAsync = isAsyncGenerator(transform);
//   const finalAsync = isAsyncGenerator(final);
//   const transformMethod = transformAsync ? pushChunks.bind(void 0, transformChunk, state) : pushChunksSync.bind(void 0, transformChunkSync);
//   const finalMethod = transformAsync || finalAsync ? pushChunks.bind(void 0, finalChunks, state) : pushChunksSync.bind(void 0, finalChunksSync);
//   const destroyMethod = transformAsync || finalAsync ? destroyTransform.bind(void 0, state) : void 0;
//   const stream = new import_node_stream.Transform({
//     writableObjectMode,
//     writableHighWaterMark: (0, import_node_stream.getDefaultHighWaterMark)(writableObjectMode),
//     readableObjectMode,
//     readableHighWaterMark: (0, import_node_stream.getDefaultHighWaterMark)(readableObjectMode),
//     transform(chunk, encoding2, done) {
//       transformMethod([chunk, generators, 0], this, done);
//     },
//     flush(done) {
//       finalMethod([generators], this, done);
//     },
//     destroy: destroyMethod
//   });
//   return { stream };
// };
// var runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
//   const generators = stdioItems.filter(({ type }) => type === "generator");
//   const reversedGenerators = isInput ? generators.reverse() : generators;
//   for (const { value, optionName } of reversedGenerators) {
//     const generators2 = addInternalGenerators(value, encoding, optionName);
//     chunks = runTransformSync(generators2, chunks);
//   }
//   return chunks;
// };
// var addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
//   const state = {};
//   return [
//     { transform: getValidateTransformInput(writableObjectMode, optionName) },
//     getEncodingTransformGenerator(binary, encoding, writableObjectMode),
//     getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
//     { transform, final },
//     { transform: getValidateTransformReturn(readableObjectMode, optionName) },
//     getAppendNewlineGenerator({
//       binary,
//       preserveNewlines,
//       readableObjectMode,
//       state
//     })
//   ].filter(Boolean);
// };
// 
// // node_modules/execa/lib/io/input-sync.js
// var addInputOptionsSync = (fileDescriptors, options) => {
//   for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
//     addInputOptionSync(fileDescriptors, fdNumber, options);
//   }
// };
// var getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction }]) => direction === "input").map(([fdNumber]) => Number(fdNumber)));
// var addInputOptionSync = (fileDescriptors, fdNumber, options) => {
//   const { stdioItems } = fileDescriptors[fdNumber];
//   const allStdioItems = stdioItems.filter(({ contents }) => contents !== void 0);
//   if (allStdioItems.length === 0) {
//     return;
//   }
//   if (fdNumber !== 0) {
//     const [{ type, optionName }] = allStdioItems;
//     throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
//   }
//   const allContents = allStdioItems.map(({ contents }) => contents);
//   const transformedContents = allContents.map((contents) => applySingleInputGeneratorsSync(contents, stdioItems));
//   options.input = joinToUint8Array(transformedContents);
// };
// var applySingleInputGeneratorsSync = (contents, stdioItems) => {
//   const newContents = runGeneratorsSync(contents, stdioItems, "utf8", true);
//   validateSerializable(newContents);
//   return joinToUint8Array(newContents);
// };
// var validateSerializable = (newContents) => {
//   const invalidItem = newContents.find((item) => typeof item !== "string" && !isUint8Array(item));
//   if (invalidItem !== void 0) {
//     throw new TypeError(`The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
//   }
// };
// 
// // node_modules/execa/lib/io/output-sync.js
// var import_node_fs4 = __toESM(require_node_fs(), 1);
// 
// // node_modules/execa/lib/verbose/output.js
// var shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && fdUsesVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
// var fdUsesVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
// var PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
// var logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
//   for await (const line of linesIterable) {
//     if (!isPipingStream(stream)) {
//       logLine(line, fdNumber, verboseInfo);
//     }
//   }
// };
// var logLinesSync = (linesArray, fdNumber, verboseInfo) => {
//   for (const line of linesArray) {
//     logLine(line, fdNumber, verboseInfo);
//   }
// };
// var isPipingStream = (stream) => stream._readableState.pipes.length > 0;
// var logLine = (line, fdNumber, verboseInfo) => {
//   const verboseMessage = serializeVerboseMessage(line);
//   verboseLog({
//     type: "output",
//     verboseMessage,
//     fdNumber,
//     verboseInfo
//   });
// };
// 
// // node_modules/execa/lib/io/output-sync.js
// var transformOutputSync = ({ fileDescriptors, syncResult: { output }, options, isMaxBuffer, verboseInfo }) => {
//   if (output === null) {
//     return { output: Array.from({ length: 3 }) };
//   }
//   const state = {};
//   const outputFiles = /* @__PURE__ */ new Set([]);
//   const transformedOutput = output.map((result, fdNumber) => transformOutputResultSync({
//     result,
//     fileDescriptors,
//     fdNumber,
//     state,
//     outputFiles,
//     isMaxBuffer,
//     verboseInfo
//   }, options));
//   return { output: transformedOutput, ...state };
// };
// var transformOutputResultSync = ({ result, fileDescriptors, fdNumber, state, outputFiles, isMaxBuffer, verboseInfo }, { buffer, encoding, lines, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
//   if (result === null) {
//     return;
//   }
//   const truncatedResult = truncateMaxBufferSync(result, isMaxBuffer, maxBuffer);
//   const uint8ArrayResult = bufferToUint8Array(truncatedResult);
//   const { stdioItems, objectMode } = fileDescriptors[fdNumber];
//   const chunks = runOutputGeneratorsSync([uint8ArrayResult], stdioItems, encoding, state);
//   const { serializedResult, finalResult = serializedResult } = serializeChunks({
//     chunks,
//     objectMode,
//     encoding,
//     lines,
//     stripFinalNewline: stripFinalNewline2,
//     fdNumber
//   });
//   logOutputSync({
//     serializedResult,
//     fdNumber,
//     state,
//     verboseInfo,
//     encoding,
//     stdioItems,
//     objectMode
//   });
//   const returnedResult = buffer[fdNumber] ? finalResult : void 0;
//   try {
//     if (state.error === void 0) {
//       writeToFiles(serializedResult, stdioItems, outputFiles);
//     }
//     return returnedResult;
//   } catch (error) {
//     state.error = error;
//     return returnedResult;
//   }
// };
// var runOutputGeneratorsSync = (chunks, stdioItems, encoding, state) => {
//   try {
//     return runGeneratorsSync(chunks, stdioItems, encoding, false);
//   } catch (error) {
//     state.error = error;
//     return chunks;
//   }
// };
// var serializeChunks = ({ chunks, objectMode, encoding, lines, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
//   if (objectMode) {
//     return { serializedResult: chunks };
//   }
//   if (encoding === "buffer") {
//     return { serializedResult: joinToUint8Array(chunks) };
//   }
//   const serializedResult = joinToString(chunks, encoding);
//   if (lines[fdNumber]) {
//     return { serializedResult, finalResult: splitLinesSync(serializedResult, !stripFinalNewline2[fdNumber], objectMode) };
//   }
//   return { serializedResult };
// };
// var logOutputSync = ({ serializedResult, fdNumber, state, verboseInfo, encoding, stdioItems, objectMode }) => {
//   if (!shouldLogOutput({
//     stdioItems,
//     encoding,
//     verboseInfo,
//     fdNumber
//   })) {
//     return;
//   }
//   const linesArray = splitLinesSync(serializedResult, false, objectMode);
//   try {
//     logLinesSync(linesArray, fdNumber, verboseInfo);
//   } catch (error) {
//     state.error ??= error;
//   }
// };
// var writeToFiles = (serializedResult, stdioItems, outputFiles) => {
//   for (const { path: path6, append } of stdioItems.filter(({ type }) => FILE_TYPES.has(type))) {
//     const pathString = typeof path6 === "string" ? path6 : path6.toString();
//     if (append || outputFiles.has(pathString)) {
//       (0, import_node_fs4.appendFileSync)(path6, serializedResult);
//     } else {
//       outputFiles.add(pathString);
//       (0, import_node_fs4.writeFileSync)(path6, serializedResult);
//     }
//   }
// };
// 
// // node_modules/execa/lib/resolve/all-sync.js
// var getAllSync = ([, stdout, stderr], options) => {
//   if (!options.all) {
//     return;
//   }
//   if (stdout === void 0) {
//     return stderr;
//   }
//   if (stderr === void 0) {
//     return stdout;
//   }
//   if (Array.isArray(stdout)) {
//     return Array.isArray(stderr) ? [...stdout, ...stderr] : [...stdout, stripNewline(stderr, options, "all")];
//   }
//   if (Array.isArray(stderr)) {
//     return [stripNewline(stdout, options, "all"), ...stderr];
//   }
//   if (isUint8Array(stdout) && isUint8Array(stderr)) {
//     return concatUint8Arrays([stdout, stderr]);
//   }
//   return `${stdout}${stderr}`;
// };
// 
// // node_modules/execa/lib/resolve/exit-async.js
// var import_node_events7 = __toESM(require_node_events(), 1);
// var waitForExit = async (subprocess, context) => {
//   const [exitCode, signal] = await waitForExitOrError(subprocess);
//   context.isForcefullyTerminated ??= false;
//   return [exitCode, signal];
// };
// var waitForExitOrError = async (subprocess) => {
//   const [spawnPayload, exitPayload] = await Promise.allSettled([
//     (0, import_node_events7.once)(subprocess, "spawn"),
//     (0, import_node_events7.once)(subprocess, "exit")
//   ]);
//   if (spawnPayload.status === "rejected") {
//     return [];
//   }
//   return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
// };
// var waitForSubprocessExit = async (subprocess) => {
//   try {
//     return await (0, import_node_events7.once)(subprocess, "exit");
//   } catch {
//     return waitForSubprocessExit(subprocess);
//   }
// };
// var waitForSuccessfulExit = async (exitPromise) => {
//   const [exitCode, signal] = await exitPromise;
//   if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
//     throw new DiscardedError();
//   }
//   return [exitCode, signal];
// };
// var isSubprocessErrorExit = (exitCode, signal) => exitCode === void 0 && signal === void 0;
// var isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;
// 
// // node_modules/execa/lib/resolve/exit-sync.js
// var getExitResultSync = ({ error, status: exitCode, signal, output }, { maxBuffer }) => {
//   const resultError = getResultError(error, exitCode, signal);
//   const timedOut = resultError?.code === "ETIMEDOUT";
//   const isMaxBuffer = isMaxBufferSync(resultError, output, maxBuffer);
//   return {
//     resultError,
//     exitCode,
//     signal,
//     timedOut,
//     isMaxBuffer
//   };
// };
// var getResultError = (error, exitCode, signal) => {
//   if (error !== void 0) {
//     return error;
//   }
//   return isFailedExit(exitCode, signal) ? new DiscardedError() : void 0;
// };
// 
// // node_modules/execa/lib/methods/main-sync.js
// var execaCoreSync = (rawFile, rawArguments, rawOptions) => {
//   const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
//   const result = spawnSubprocessSync({
//     file,
//     commandArguments,
//     options,
//     command,
//     escapedCommand,
//     verboseInfo,
//     fileDescriptors,
//     startTime
//   });
//   return handleResult(result, verboseInfo, options);
// };
// var handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
//   const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
//   const syncOptions = normalizeSyncOptions(rawOptions);
//   const { file, commandArguments, options } = normalizeOptions(rawFile, rawArguments, syncOptions);
//   validateSyncOptions(options);
//   const fileDescriptors = handleStdioSync(options, verboseInfo);
//   return {
//     file,
//     commandArguments,
//     command,
//     escapedCommand,
//     startTime,
//     verboseInfo,
//     options,
//     fileDescriptors
//   };
// };
// var normalizeSyncOptions = (options) => options.node && !options.ipc ? { ...options, ipc: false } : options;
// var validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal }) => {
//   if (ipcInput) {
//     throwInvalidSyncOption("ipcInput");
//   }
//   if (ipc) {
//     throwInvalidSyncOption("ipc: true");
//   }
//   if (detached) {
//     throwInvalidSyncOption("detached: true");
//   }
//   if (cancelSignal) {
//     throwInvalidSyncOption("cancelSignal");
//   }
// };
// var throwInvalidSyncOption = (value) => {
//   throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
// };
// var spawnSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
//   const syncResult = runSubprocessSync({
//     file,
//     commandArguments,
//     options,
//     command,
//     escapedCommand,
//     fileDescriptors,
//     startTime
//   });
//   if (syncResult.failed) {
//     return syncResult;
//   }
//   const { resultError, exitCode, signal, timedOut, isMaxBuffer } = getExitResultSync(syncResult, options);
//   const { output, error = resultError } = transformOutputSync({
//     fileDescriptors,
//     syncResult,
//     options,
//     isMaxBuffer,
//     verboseInfo
//   });
//   const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options, fdNumber));
//   const all = stripNewline(getAllSync(output, options), options, "all");
//   return getSyncResult({
//     error,
//     exitCode,
//     signal,
//     timedOut,
//     isMaxBuffer,
//     stdio,
//     all,
//     options,
//     command,
//     escapedCommand,
//     startTime
//   });
// };
// var runSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, fileDescriptors, startTime }) => {
//   try {
//     addInputOptionsSync(fileDescriptors, options);
//     const normalizedOptions = normalizeSpawnSyncOptions(options);
//     return (0, import_node_child_process3.spawnSync)(...concatenateShell(file, commandArguments, normalizedOptions));
//   } catch (error) {
//     return makeEarlyError({
//       error,
//       command,
//       escapedCommand,
//       fileDescriptors,
//       options,
//       startTime,
//       isSync: true
//     });
//   }
// };
// var normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options }) => ({ ...options, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
// var getSyncResult = ({ error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
//   command,
//   escapedCommand,
//   stdio,
//   all,
//   ipcOutput: [],
//   options,
//   startTime
// }) : makeError({
//   error,
//   command,
//   escapedCommand,
//   timedOut,
//   isCanceled: false,
//   isGracefullyCanceled: false,
//   isMaxBuffer,
//   isForcefullyTerminated: false,
//   exitCode,
//   signal,
//   stdio,
//   all,
//   ipcOutput: [],
//   options,
//   startTime,
//   isSync: true
// });
// 
// // node_modules/execa/lib/methods/main-async.js
// var import_node_events14 = __toESM(require_node_events(), 1);
// var import_node_child_process5 = __toESM(require_node_child_process(), 1);
// 
// // node_modules/execa/lib/ipc/methods.js
// var import_node_process10 = __toESM(require_node_process(), 1);
// 
// // node_modules/execa/lib/ipc/get-one.js
// var import_node_events8 = __toESM(require_node_events(), 1);
// var getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true, filter } = {}) => {
//   validateIpcMethod({
//     methodName: "getOneMessage",
//     isSubprocess,
//     ipc,
//     isConnected: isConnected(anyProcess)
//   });
//   return getOneMessageAsync({
//     anyProcess,
//     channel,
//     isSubprocess,
//     filter,
//     reference
//   });
// };
// var getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference }) => {
//   addReference(channel, reference);
//   const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
//   const controller = new AbortController();
//   try {
//     return await Promise.race([
//       getMessage(ipcEmitter, filter, controller),
//       throwOnDisconnect2(ipcEmitter, isSubprocess, controller),
//       throwOnStrictError(ipcEmitter, isSubprocess, controller)
//     ]);
//   } catch (error) {
//     disconnect(anyProcess);
//     throw error;
//   } finally {
//     controller.abort();
//     removeReference(channel, reference);
//   }
// };
// var getMessage = async (ipcEmitter, filter, { signal }) => {
//   if (filter === void 0) {
//     const [message] = await (0, import_node_events8.once)(ipcEmitter, "message", { signal });
//     return message;
//   }
//   for await (const [message] of (0, import_node_events8.on)(ipcEmitter, "message", { signal })) {
//     if (filter(message)) {
//       return message;
//     }
//   }
// };
// var throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
//   await (0, import_node_events8.once)(ipcEmitter, "disconnect", { signal });
//   throwOnEarlyDisconnect(isSubprocess);
// };
// var throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
//   const [error] = await (0, import_node_events8.once)(ipcEmitter, "strict:error", { signal });
//   throw getStrictResponseError(error, isSubprocess);
// };
// 
// // node_modules/execa/lib/ipc/get-each.js
// var import_node_events9 = __toESM(require_node_events(), 1);
// var getEachMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true } = {}) => loopOnMessages({
//   anyProcess,
//   channel,
//   isSubprocess,
//   ipc,
//   shouldAwait: !isSubprocess,
//   reference
// });
// var loopOnMessages = ({ anyProcess, channel, isSubprocess, ipc, shouldAwait, reference }) => {
//   validateIpcMethod({
//     methodName: "getEachMessage",
//     isSubprocess,
//     ipc,
//     isConnected: isConnected(anyProcess)
//   });
//   addReference(channel, reference);
//   const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
//   const controller = new AbortController();
//   const state = {};
//   stopOnDisconnect(anyProcess, ipcEmitter, controller);
//   abortOnStrictError({
//     ipcEmitter,
//     isSubprocess,
//     controller,
//     state
//   });
//   return iterateOnMessages({
//     anyProcess,
//     channel,
//     ipcEmitter,
//     isSubprocess,
//     shouldAwait,
//     controller,
//     state,
//     reference
//   });
// };
// var stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
//   try {
//     await (0, import_node_events9.once)(ipcEmitter, "disconnect", { signal: controller.signal });
//     controller.abort();
//   } catch {
//   }
// };
// var abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
//   try {
//     const [error] = await (0, import_node_events9.once)(ipcEmitter, "strict:error", { signal: controller.signal });
//     state.error = getStrictResponseError(error, isSubprocess);
//     controller.abort();
//   } catch {
//   }
// };
// var iterateOnMessages = async function* ({ anyProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference }) {
//   try {
//     for await (const [message] of (0, import_node_events9.on)(ipcEmitter, "message", { signal: controller.signal })) {
//       throwIfStrictError(state);
//       yield message;
//     }
//   } catch {
//     throwIfStrictError(state);
//   } finally {
//     controller.abort();
//     removeReference(channel, reference);
//     if (!isSubprocess) {
//       disconnect(anyProcess);
//     }
//     if (shouldAwait) {
//       await anyProcess;
//     }
//   }
// };
// var throwIfStrictError = ({ error }) => {
//   if (error) {
//     throw error;
//   }
// };
// 
// // node_modules/execa/lib/ipc/methods.js
// var addIpcMethods = (subprocess, { ipc }) => {
//   Object.assign(subprocess, getIpcMethods(subprocess, false, ipc));
// };
// var getIpcExport = () => {
//   const anyProcess = import_node_process10.default;
//   const isSubprocess = true;
//   const ipc = import_node_process10.default.channel !== void 0;
//   return {
//     ...getIpcMethods(anyProcess, isSubprocess, ipc),
//     getCancelSignal: getCancelSignal.bind(void 0, {
//       anyProcess,
//       channel: anyProcess.channel,
//       isSubprocess,
//       ipc
//     })
//   };
// };
// var getIpcMethods = (anyProcess, isSubprocess, ipc) => ({
//   sendMessage: sendMessage.bind(void 0, {
//     anyProcess,
//     channel: anyProcess.channel,
//     isSubprocess,
//     ipc
//   }),
//   getOneMessage: getOneMessage.bind(void 0, {
//     anyProcess,
//     channel: anyProcess.channel,
//     isSubprocess,
//     ipc
//   }),
//   getEachMessage: getEachMessage.bind(void 0, {
//     anyProcess,
//     channel: anyProcess.channel,
//     isSubprocess,
//     ipc
//   })
// });
// 
// // node_modules/execa/lib/return/early-error.js
// var import_node_child_process4 = __toESM(require_node_child_process(), 1);
// var import_node_stream2 = __toESM(require_node_stream(), 1);
// var handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
//   cleanupCustomStreams(fileDescriptors);
//   const subprocess = new import_node_child_process4.ChildProcess();
//   createDummyStreams(subprocess, fileDescriptors);
//   Object.assign(subprocess, { readable, writable, duplex });
//   const earlyError = makeEarlyError({
//     error,
//     command,
//     escapedCommand,
//     fileDescriptors,
//     options,
//     startTime,
//     isSync: false
//   });
//   const promise = handleDummyPromise(earlyError, verboseInfo, options);
//   return { subprocess, promise };
// };
// var createDummyStreams = (subprocess, fileDescriptors) => {
//   const stdin = createDummyStream();
//   const stdout = createDummyStream();
//   const stderr = createDummyStream();
//   const extraStdio = Array.from({ length: fileDescriptors.length - 3 }, createDummyStream);
//   const all = createDummyStream();
//   const stdio = [stdin, stdout, stderr, ...extraStdio];
//   Object.assign(subprocess, {
//     stdin,
//     stdout,
//     stderr,
//     all,
//     stdio
//   });
// };
// var createDummyStream = () => {
//   const stream = new import_node_stream2.PassThrough();
//   stream.end();
//   return stream;
// };
// var readable = () => new import_node_stream2.Readable({ read() {
// } });
// var writable = () => new import_node_stream2.Writable({ write() {
// } });
// var duplex = () => new import_node_stream2.Duplex({ read() {
// }, write() {
// } });
// var handleDummyPromise = async (error, verboseInfo, options) => handleResult(error, verboseInfo, options);
// 
// // node_modules/execa/lib/stdio/handle-async.js
// var import_node_fs5 = __toESM(require_node_fs(), 1);
// var import_node_buffer3 = __toESM(require_node_buffer(), 1);
// var import_node_stream3 = __toESM(require_node_stream(), 1);
// var handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);
// var forbiddenIfAsync = ({ type, optionName }) => {
//   throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
// };
// var addProperties2 = {
//   fileNumber: forbiddenIfAsync,
//   generator: generatorToStream,
//   asyncGenerator: generatorToStream,
//   nodeStream: ({ value }) => ({ stream: value }),
//   webTransform({ value: { transform, writableObjectMode, readableObjectMode } }) {
//     const objectMode = writableObjectMode || readableObjectMode;
//     const stream = import_node_stream3.Duplex.fromWeb(transform, { objectMode });
//     return { stream };
//   },
//   duplex: ({ value: { transform } }) => ({ stream: transform }),
//   native() {
//   }
// };
// var addPropertiesAsync = {
//   input: {
//     ...addProperties2,
//     fileUrl: ({ value }) => ({ stream: (0, import_node_fs5.createReadStream)(value) }),
//     filePath: ({ value: { file } }) => ({ stream: (0, import_node_fs5.createReadStream)(file) }),
//     webStream: ({ value }) => ({ stream: import_node_stream3.Readable.fromWeb(value) }),
//     iterable: ({ value }) => ({ stream: import_node_stream3.Readable.from(value) }),
//     asyncIterable: ({ value }) => ({ stream: import_node_stream3.Readable.from(value) }),
//     string: ({ value }) => ({ stream: import_node_stream3.Readable.from(value) }),
//     uint8Array: ({ value }) => ({ stream: import_node_stream3.Readable.from(import_node_buffer3.Buffer.from(value)) })
//   },
//   output: {
//     ...addProperties2,
//     fileUrl: ({ value }) => ({ stream: (0, import_node_fs5.createWriteStream)(value) }),
//     filePath: ({ value: { file, append } }) => ({ stream: (0, import_node_fs5.createWriteStream)(file, append ? { flags: "a" } : {}) }),
//     webStream: ({ value }) => ({ stream: import_node_stream3.Writable.fromWeb(value) }),
//     iterable: forbiddenIfAsync,
//     asyncIterable: forbiddenIfAsync,
//     string: forbiddenIfAsync,
//     uint8Array: forbiddenIfAsync
//   }
// };
// 
// // node_modules/@sindresorhus/merge-streams/index.js
// var import_node_events10 = __toESM(require_node_events(), 1);
// var import_node_stream4 = __toESM(require_node_stream(), 1);
// var import_promises6 = __toESM(require_promises2(), 1);
// function mergeStreams(streams) {
//   if (!Array.isArray(streams)) {
//     throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
//   }
//   for (const stream of streams) {
//     validateStream(stream);
//   }
//   const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
//   const highWaterMark = getHighWaterMark(streams, objectMode);
//   const passThroughStream = new MergedStream({
//     objectMode,
//     writableHighWaterMark: highWaterMark,
//     readableHighWaterMark: highWaterMark
//   });
//   for (const stream of streams) {
//     passThroughStream.add(stream);
//   }
//   return passThroughStream;
// }
// var getHighWaterMark = (streams, objectMode) => {
//   if (streams.length === 0) {
//     return (0, import_node_stream4.getDefaultHighWaterMark)(objectMode);
//   }
//   const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
//   return Math.max(...highWaterMarks);
// };
// var MergedStream = class extends import_node_stream4.PassThrough {
//   #streams = /* @__PURE__ */ new Set([]);
//   #ended = /* @__PURE__ */ new Set([]);
//   #aborted = /* @__PURE__ */ new Set([]);
//   #onFinished;
//   #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
//   #streamPromises = /* @__PURE__ */ new WeakMap();
//   add(stream) {
//     validateStream(stream);
//     if (this.#streams.has(stream)) {
//       return;
//     }
//     this.#streams.add(stream);
//     this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
//     const streamPromise = endWhenStreamsDone({
//       passThroughStream: this,
//       stream,
//       streams: this.#streams,
//       ended: this.#ended,
//       aborted: this.#aborted,
//       onFinished: this.#onFinished,
//       unpipeEvent: this.#unpipeEvent
//     });
//     this.#streamPromises.set(stream, streamPromise);
//     stream.pipe(this, { end: false });
//   }
//   async remove(stream) {
//     validateStream(stream);
//     if (!this.#streams.has(stream)) {
//       return false;
//     }
//     const streamPromise = this.#streamPromises.get(stream);
//     if (streamPromise === void 0) {
//       return false;
//     }
//     this.#streamPromises.delete(stream);
//     stream.unpipe(this);
//     await streamPromise;
//     return true;
//   }
// };
// var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
//   updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
//   const controller = new AbortController();
//   try {
//     await Promise.race([
//       onMergedStreamEnd(passThroughStream, controller),
//       onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
//     ]);
//   } finally {
//     controller.abort();
//     updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
//   }
// };
// var onMergedStreamEnd = async (passThroughStream, { signal }) => {
//   try {
//     await (0, import_promises6.finished)(passThroughStream, { signal, cleanup: true });
//   } catch (error) {
//     errorOrAbortStream(passThroughStream, error);
//     throw error;
//   }
// };
// var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
//   for await (const [unpipedStream] of (0, import_node_events10.on)(passThroughStream, "unpipe", { signal })) {
//     if (streams.has(unpipedStream)) {
//       unpipedStream.emit(unpipeEvent);
//     }
//   }
// };
// var validateStream = (stream) => {
//   if (typeof stream?.pipe !== "function") {
//     throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
//   }
// };
// var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
//   updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
//   const controller = new AbortController();
//   try {
//     await Promise.race([
//       afterMergedStreamFinished(onFinished, stream, controller),
//       onInputStreamEnd({
//         passThroughStream,
//         stream,
//         streams,
//         ended,
//         aborted: aborted2,
//         controller
//       }),
//       onInputStreamUnpipe({
//         stream,
//         streams,
//         ended,
//         aborted: aborted2,
//         unpipeEvent,
//         controller
//       })
//     ]);
//   } finally {
//     controller.abort();
//     updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
//   }
//   if (streams.size > 0 && streams.size === ended.size + aborted2.size) {
//     if (ended.size === 0 && aborted2.size > 0) {
//       abortStream(passThroughStream);
//     } else {
//       endStream(passThroughStream);
//     }
//   }
// };
// var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
//   try {
//     await onFinished;
//     if (!signal.aborted) {
//       abortStream(stream);
//     }
//   } catch (error) {
//     if (!signal.aborted) {
//       errorOrAbortStream(stream, error);
//     }
//   }
// };
// var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
//   try {
//     await (0, import_promises6.finished)(stream, {
//       signal,
//       cleanup: true,
//       readable: true,
//       writable: false
//     });
//     if (streams.has(stream)) {
//       ended.add(stream);
//     }
//   } catch (error) {
//     if (signal.aborted || !streams.has(stream)) {
//       return;
//     }
//     if (isAbortError(error)) {
//       aborted2.add(stream);
//     } else {
//       errorStream(passThroughStream, error);
//     }
//   }
// };
// var onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
//   await (0, import_node_events10.once)(stream, unpipeEvent, { signal });
//   if (!stream.readable) {
//     return (0, import_node_events10.once)(signal, "abort", { signal });
//   }
//   streams.delete(stream);
//   ended.delete(stream);
//   aborted2.delete(stream);
// };
// var endStream = (stream) => {
//   if (stream.writable) {
//     stream.end();
//   }
// };
// var errorOrAbortStream = (stream, error) => {
//   if (isAbortError(error)) {
//     abortStream(stream);
//   } else {
//     errorStream(stream, error);
//   }
// };
// var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
// var abortStream = (stream) => {
//   if (stream.readable || stream.writable) {
//     stream.destroy();
//   }
// };
// var errorStream = (stream, error) => {
//   if (!stream.destroyed) {
//     stream.once("error", noop2);
//     stream.destroy(error);
//   }
// };
// var noop2 = () => {
// };
// var updateMaxListeners = (passThroughStream, increment2) => {
//   const maxListeners = passThroughStream.getMaxListeners();
//   if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
//     passThroughStream.setMaxListeners(maxListeners + increment2);
//   }
// };
// var PASSTHROUGH_LISTENERS_COUNT = 2;
// var PASSTHROUGH_LISTENERS_PER_STREAM = 1;
// 
// // node_modules/execa/lib/io/pipeline.js
// var import_promises7 = __toESM(require_promises2(), 1);
// var pipeStreams = (source, destination) => {
//   source.pipe(destination);
//   onSourceFinish(source, destination);
//   onDestinationFinish(source, destination);
// };
// var onSourceFinish = async (source, destination) => {
//   if (isStandardStream(source) || isStandardStream(destination)) {
//     return;
//   }
//   try {
//     await (0, import_promises7.finished)(source, { cleanup: true, readable: true, writable: false });
//   } catch {
//   }
//   endDestinationStream(destination);
// };
// var endDestinationStream = (destination) => {
//   if (destination.writable) {
//     destination.end();
//   }
// };
// var onDestinationFinish = async (source, destination) => {
//   if (isStandardStream(source) || isStandardStream(destination)) {
//     return;
//   }
//   try {
//     await (0, import_promises7.finished)(destination, { cleanup: true, readable: false, writable: true });
//   } catch {
//   }
//   abortSourceStream(source);
// };
// var abortSourceStream = (source) => {
//   if (source.readable) {
//     source.destroy();
//   }
// };
// 
// // node_modules/execa/lib/io/output-async.js
// var pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
//   const pipeGroups = /* @__PURE__ */ new Map();
//   for (const [fdNumber, { stdioItems, direction }] of Object.entries(fileDescriptors)) {
//     for (const { stream } of stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type))) {
//       pipeTransform(subprocess, stream, direction, fdNumber);
//     }
//     for (const { stream } of stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type))) {
//       pipeStdioItem({
//         subprocess,
//         stream,
//         direction,
//         fdNumber,
//         pipeGroups,
//         controller
//       });
//     }
//   }
//   for (const [outputStream, inputStreams] of pipeGroups.entries()) {
//     const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
//     pipeStreams(inputStream, outputStream);
//   }
// };
// var pipeTransform = (subprocess, stream, direction, fdNumber) => {
//   if (direction === "output") {
//     pipeStreams(subprocess.stdio[fdNumber], stream);
//   } else {
//     pipeStreams(stream, subprocess.stdio[fdNumber]);
//   }
//   const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
//   if (streamProperty !== void 0) {
//     subprocess[streamProperty] = stream;
//   }
//   subprocess.stdio[fdNumber] = stream;
// };
// var SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
// var pipeStdioItem = ({ subprocess, stream, direction, fdNumber, pipeGroups, controller }) => {
//   if (stream === void 0) {
//     return;
//   }
//   setStandardStreamMaxListeners(stream, controller);
//   const [inputStream, outputStream] = direction === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
//   const outputStreams = pipeGroups.get(inputStream) ?? [];
//   pipeGroups.set(inputStream, [...outputStreams, outputStream]);
// };
// var setStandardStreamMaxListeners = (stream, { signal }) => {
//   if (isStandardStream(stream)) {
//     incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
//   }
// };
// var MAX_LISTENERS_INCREMENT = 2;
// 
// // node_modules/execa/lib/terminate/cleanup.js
// var import_node_events11 = __toESM(require_node_events(), 1);
// 
// // node_modules/signal-exit/dist/mjs/signals.js
// var signals = [];
// signals.push("SIGHUP", "SIGINT", "SIGTERM");
// if (process.platform !== "win32") {
//   signals.push(
//     "SIGALRM",
//     "SIGABRT",
//     "SIGVTALRM",
//     "SIGXCPU",
//     "SIGXFSZ",
//     "SIGUSR2",
//     "SIGTRAP",
//     "SIGSYS",
//     "SIGQUIT",
//     "SIGIOT"
//     // should detect profiler and enable/disable accordingly.
//     // see #21
//     // 'SIGPROF'
//   );
// }
// if (process.platform === "linux") {
//   signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
// }
// 
// // node_modules/signal-exit/dist/mjs/index.js
// var processOk = (process10) => !!process10 && typeof process10 === "object" && typeof process10.removeListener === "function" && typeof process10.emit === "function" && typeof process10.reallyExit === "function" && typeof process10.listeners === "function" && typeof process10.kill === "function" && typeof process10.pid === "number" && typeof process10.on === "function";
// var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
// var global2 = globalThis;
// var ObjectDefineProperty = Object.defineProperty.bind(Object);
// var Emitter = class {
//   emitted = {
//     afterExit: false,
//     exit: false
//   };
//   listeners = {
//     afterExit: [],
//     exit: []
//   };
//   count = 0;
//   id = Math.random();
//   constructor() {
//     if (global2[kExitEmitter]) {
//       return global2[kExitEmitter];
//     }
//     ObjectDefineProperty(global2, kExitEmitter, {
//       value: this,
//       writable: false,
//       enumerable: false,
//       configurable: false
//     });
//   }
//   on(ev, fn) {
//     this.listeners[ev].push(fn);
//   }
//   removeListener(ev, fn) {
//     const list = this.listeners[ev];
//     const i2 = list.indexOf(fn);
//     if (i2 === -1) {
//       return;
//     }
//     if (i2 === 0 && list.length === 1) {
//       list.length = 0;
//     } else {
//       list.splice(i2, 1);
//     }
//   }
//   emit(ev, code, signal) {
//     if (this.emitted[ev]) {
//       return false;
//     }
//     this.emitted[ev] = true;
//     let ret = false;
//     for (const fn of this.listeners[ev]) {
//       ret = fn(code, signal) === true || ret;
//     }
//     if (ev === "exit") {
//       ret = this.emit("afterExit", code, signal) || ret;
//     }
//     return ret;
//   }
// };
// var SignalExitBase = class {
// };
// var signalExitWrap = (handler) => {
//   return {
//     onExit(cb, opts) {
//       return handler.onExit(cb, opts);
//     },
//     load() {
//       return handler.load();
//     },
//     unload() {
//       return handler.unload();
//     }
//   };
// };
// var SignalExitFallback = class extends SignalExitBase {
//   onExit() {
//     return () => {
//     };
//   }
//   load() {
//   }
//   unload() {
//   }
// };
// var SignalExit = class extends SignalExitBase {
//   // "SIGHUP" throws an `ENOSYS` error on Windows,
//   // so use a supported signal instead
//   /* c8 ignore start */
//   #hupSig = process9.platform === "win32" ? "SIGINT" : "SIGHUP";
//   /* c8 ignore stop */
//   #emitter = new Emitter();
//   #process;
//   #originalProcessEmit;
//   #originalProcessReallyExit;
//   #sigListeners = {};
//   #loaded = false;
//   constructor(process10) {
//     super();
//     this.#process = process10;
//     this.#sigListeners = {};
//     for (const sig of signals) {
//       this.#sigListeners[sig] = () => {
//         const listeners = this.#process.listeners(sig);
//         let { count: count2 } = this.#emitter;
//         const p = process10;
//         if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
//           count2 += p.__signal_exit_emitter__.count;
//         }
//         if (listeners.length === count2) {
//           this.unload();
//           const ret = this.#emitter.emit("exit", null, sig);
//           const s = sig === "SIGHUP" ? this.#hupSig : sig;
//           if (!ret)
//             process10.kill(process10.pid, s);
//         }
//       };
//     }
//     this.#originalProcessReallyExit = process10.reallyExit;
//     this.#originalProcessEmit = process10.emit;
//   }
//   onExit(cb, opts) {
//     if (!processOk(this.#process)) {
//       return () => {
//       };
//     }
//     if (this.#loaded === false) {
//       this.load();
//     }
//     const ev = opts?.alwaysLast ? "afterExit" : "exit";
//     this.#emitter.on(ev, cb);
//     return () => {
//       this.#emitter.removeListener(ev, cb);
//       if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
//         this.unload();
//       }
//     };
//   }
//   load() {
//     if (this.#loaded) {
//       return;
//     }
//     this.#loaded = true;
//     this.#emitter.count += 1;
//     for (const sig of signals) {
//       try {
//         const fn = this.#sigListeners[sig];
//         if (fn)
//           this.#process.on(sig, fn);
//       } catch (_) {
//       }
//     }
//     this.#process.emit = (ev, ...a2) => {
//       return this.#processEmit(ev, ...a2);
//     };
//     this.#process.reallyExit = (code) => {
//       return this.#processReallyExit(code);
//     };
//   }
//   unload() {
//     if (!this.#loaded) {
//       return;
//     }
//     this.#loaded = false;
//     signals.forEach((sig) => {
//       const listener = this.#sigListeners[sig];
//       if (!listener) {
//         throw new Error("Listener not defined for signal: " + sig);
//       }
//       try {
//         this.#process.removeListener(sig, listener);
//       } catch (_) {
//       }
//     });
//     this.#process.emit = this.#originalProcessEmit;
//     this.#process.reallyExit = this.#originalProcessReallyExit;
//     this.#emitter.count -= 1;
//   }
//   #processReallyExit(code) {
//     if (!processOk(this.#process)) {
//       return 0;
//     }
//     this.#process.exitCode = code || 0;
//     this.#emitter.emit("exit", this.#process.exitCode, null);
//     return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
//   }
//   #processEmit(ev, ...args) {
//     const og = this.#originalProcessEmit;
//     if (ev === "exit" && processOk(this.#process)) {
//       if (typeof args[0] === "number") {
//         this.#process.exitCode = args[0];
//       }
//       const ret = og.call(this.#process, ev, ...args);
//       this.#emitter.emit("exit", this.#process.exitCode, null);
//       return ret;
//     } else {
//       return og.call(this.#process, ev, ...args);
//     }
//   }
// };
// var process9 = globalThis.process;
// var {
//   /**
//    * Called when the process is exiting, whether via signal, explicit
//    * exit, or running out of stuff to do.
//    *
//    * If the global process object is not suitable for instrumentation,
//    * then this will be a no-op.
//    *
//    * Returns a function that may be used to unload signal-exit.
//    */
//   onExit,
//   /**
//    * Load the listeners.  Likely you never need to call this, unless
//    * doing a rather deep integration with signal-exit functionality.
//    * Mostly exposed for the benefit of testing.
//    *
//    * @internal
//    */
//   load,
//   /**
//    * Unload the listeners.  Likely you never need to call this, unless
//    * doing a rather deep integration with signal-exit functionality.
//    * Mostly exposed for the benefit of testing.
//    *
//    * @internal
//    */
//   unload
// } = signalExitWrap(processOk(process9) ? new SignalExit(process9) : new SignalExitFallback());
// 
// // node_modules/execa/lib/terminate/cleanup.js
// var cleanupOnExit = (subprocess, { cleanup, detached }, { signal }) => {
//   if (!cleanup || detached) {
//     return;
//   }
//   const removeExitHandler = onExit(() => {
//     subprocess.kill();
//   });
//   (0, import_node_events11.addAbortListener)(signal, () => {
//     removeExitHandler();
//   });
// };
// 
// // node_modules/execa/lib/pipe/pipe-arguments.js
// var normalizePipeArguments = ({ source, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
//   const startTime = getStartTime();
//   const {
//     destination,
//     destinationStream,
//     destinationError,
//     from,
//     unpipeSignal
//   } = getDestinationStream(boundOptions, createNested, pipeArguments);
//   const { sourceStream, sourceError } = getSourceStream(source, from);
//   const { options: sourceOptions, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
//   return {
//     sourcePromise,
//     sourceStream,
//     sourceOptions,
//     sourceError,
//     destination,
//     destinationStream,
//     destinationError,
//     unpipeSignal,
//     fileDescriptors,
//     startTime
//   };
// };
// var getDestinationStream = (boundOptions, createNested, pipeArguments) => {
//   try {
//     const {
//       destination,
//       pipeOptions: { from, to, unpipeSignal } = {}
//     } = getDestination(boundOptions, createNested, ...pipeArguments);
//     const destinationStream = getToStream(destination, to);
//     return {
//       destination,
//       destinationStream,
//       from,
//       unpipeSignal
//     };
//   } catch (error) {
//     return { destinationError: error };
//   }
// };
// var getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
//   if (Array.isArray(firstArgument)) {
//     const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
//     return { destination, pipeOptions: boundOptions };
//   }
//   if (typeof firstArgument === "string" || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
//     if (Object.keys(boundOptions).length > 0) {
//       throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
//     }
//     const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
//     const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
//     return { destination, pipeOptions: rawOptions };
//   }
//   if (SUBPROCESS_OPTIONS.has(firstArgument)) {
//     if (Object.keys(boundOptions).length > 0) {
//       throw new TypeError("Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).");
//     }
//     return { destination: firstArgument, pipeOptions: pipeArguments[0] };
//   }
//   throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
// };
// var mapDestinationArguments = ({ options }) => ({ options: { ...options, stdin: "pipe", piped: true } });
// var getSourceStream = (source, from) => {
//   try {
//     const sourceStream = getFromStream(source, from);
//     return { sourceStream };
//   } catch (error) {
//     return { sourceError: error };
//   }
// };
// 
// // node_modules/execa/lib/pipe/throw.js
// var handlePipeArgumentsError = ({
//   sourceStream,
//   sourceError,
//   destinationStream,
//   destinationError,
//   fileDescriptors,
//   sourceOptions,
//   startTime
// }) => {
//   const error = getPipeArgumentsError({
//     sourceStream,
//     sourceError,
//     destinationStream,
//     destinationError
//   });
//   if (error !== void 0) {
//     throw createNonCommandError({
//       error,
//       fileDescriptors,
//       sourceOptions,
//       startTime
//     });
//   }
// };
// var getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
//   if (sourceError !== void 0 && destinationError !== void 0) {
//     return destinationError;
//   }
//   if (destinationError !== void 0) {
//     abortSourceStream(sourceStream);
//     return destinationError;
//   }
//   if (sourceError !== void 0) {
//     endDestinationStream(destinationStream);
//     return sourceError;
//   }
// };
// var createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
//   error,
//   command: PIPE_COMMAND_MESSAGE,
//   escapedCommand: PIPE_COMMAND_MESSAGE,
//   fileDescriptors,
//   options: sourceOptions,
//   startTime,
//   isSync: false
// });
// var PIPE_COMMAND_MESSAGE = "source.pipe(destination)";
// 
// // node_modules/execa/lib/pipe/sequence.js
// var waitForBothSubprocesses = async (subprocessPromises) => {
//   const [
//     { status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason },
//     { status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason }
//   ] = await subprocessPromises;
//   if (!destinationResult.pipedFrom.includes(sourceResult)) {
//     destinationResult.pipedFrom.push(sourceResult);
//   }
//   if (destinationStatus === "rejected") {
//     throw destinationResult;
//   }
//   if (sourceStatus === "rejected") {
//     throw sourceResult;
//   }
//   return destinationResult;
// };
// 
// // node_modules/execa/lib/pipe/streaming.js
// var import_promises8 = __toESM(require_promises2(), 1);
// var pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
//   const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
//   incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
//   incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
//   cleanupMergedStreamsMap(destinationStream);
//   return mergedStream;
// };
// var pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
//   const mergedStream = mergeStreams([sourceStream]);
//   pipeStreams(mergedStream, destinationStream);
//   MERGED_STREAMS.set(destinationStream, mergedStream);
//   return mergedStream;
// };
// var pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
//   const mergedStream = MERGED_STREAMS.get(destinationStream);
//   mergedStream.add(sourceStream);
//   return mergedStream;
// };
// var cleanupMergedStreamsMap = async (destinationStream) => {
//   try {
//     await (0, import_promises8.finished)(destinationStream, { cleanup: true, readable: false, writable: true });
//   } catch {
//   }
//   MERGED_STREAMS.delete(destinationStream);
// };
// var MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
// var SOURCE_LISTENERS_PER_PIPE = 2;
// var DESTINATION_LISTENERS_PER_PIPE = 1;
// 
// // node_modules/execa/lib/pipe/abort.js
// var import_node_util8 = __toESM(require_node_util(), 1);
// var unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
// var unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
//   await (0, import_node_util8.aborted)(unpipeSignal, sourceStream);
//   await mergedStream.remove(sourceStream);
//   const error = new Error("Pipe canceled by `unpipeSignal` option.");
//   throw createNonCommandError({
//     error,
//     fileDescriptors,
//     sourceOptions,
//     startTime
//   });
// };
// 
// // node_modules/execa/lib/pipe/setup.js
// var pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
//   if (isPlainObject(pipeArguments[0])) {
//     return pipeToSubprocess.bind(void 0, {
//       ...sourceInfo,
//       boundOptions: { ...sourceInfo.boundOptions, ...pipeArguments[0] }
//     });
//   }
//   const { destination, ...normalizedInfo } = normalizePipeArguments(sourceInfo, ...pipeArguments);
//   const promise = handlePipePromise({ ...normalizedInfo, destination });
//   promise.pipe = pipeToSubprocess.bind(void 0, {
//     ...sourceInfo,
//     source: destination,
//     sourcePromise: promise,
//     boundOptions: {}
//   });
//   return promise;
// };
// var handlePipePromise = async ({
//   sourcePromise,
//   sourceStream,
//   sourceOptions,
//   sourceError,
//   destination,
//   destinationStream,
//   destinationError,
//   unpipeSignal,
//   fileDescriptors,
//   startTime
// }) => {
//   const subprocessPromises = getSubprocessPromises(sourcePromise, destination);
//   handlePipeArgumentsError({
//     sourceStream,
//     sourceError,
//     destinationStream,
//     destinationError,
//     fileDescriptors,
//     sourceOptions,
//     startTime
//   });
//   const maxListenersController = new AbortController();
//   try {
//     const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
//     return await Promise.race([
//       waitForBothSubprocesses(subprocessPromises),
//       ...unpipeOnAbort(unpipeSignal, {
//         sourceStream,
//         mergedStream,
//         sourceOptions,
//         fileDescriptors,
//         startTime
//       })
//     ]);
//   } finally {
//     maxListenersController.abort();
//   }
// };
// var getSubprocessPromises = (sourcePromise, destination) => Promise.allSettled([sourcePromise, destination]);
// 
// // node_modules/execa/lib/io/contents.js
// var import_promises9 = __toESM(require_promises(), 1);
// 
// // node_modules/execa/lib/io/iterate.js
// var import_node_events12 = __toESM(require_node_events(), 1);
// var import_node_stream5 = __toESM(require_node_stream(), 1);
// var iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
//   const controller = new AbortController();
//   stopReadingOnExit(subprocess, controller);
//   return iterateOnStream({
//     stream: subprocessStdout,
//     controller,
//     binary,
//     shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
//     encoding,
//     shouldSplit: !subprocessStdout.readableObjectMode,
//     preserveNewlines
//   });
// };
// var stopReadingOnExit = async (subprocess, controller) => {
//   try {
//     await subprocess;
//   } catch {
//   } finally {
//     controller.abort();
//   }
// };
// var iterateForResult = ({ stream, onStreamEnd, lines, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
//   const controller = new AbortController();
//   stopReadingOnStreamEnd(onStreamEnd, controller, stream);
//   const objectMode = stream.readableObjectMode && !allMixed;
//   return iterateOnStream({
//     stream,
//     controller,
//     binary: encoding === "buffer",
//     shouldEncode: !objectMode,
//     encoding,
//     shouldSplit: !objectMode && lines,
//     preserveNewlines: !stripFinalNewline2
//   });
// };
// var stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
//   try {
//     await onStreamEnd;
//   } catch {
//     stream.destroy();
//   } finally {
//     controller.abort();
//   }
// };
// var iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
//   const onStdoutChunk = (0, import_node_events12.on)(stream, "data", {
//     signal: controller.signal,
//     highWaterMark: HIGH_WATER_MARK,
//     // Backward compatibility with older name for this option
//     // See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
//     // @todo Remove after removing support for Node 21
//     highWatermark: HIGH_WATER_MARK
//   });
//   return iterateOnData({
//     onStdoutChunk,
//     controller,
//     binary,
//     shouldEncode,
//     encoding,
//     shouldSplit,
//     preserveNewlines
//   });
// };
// var DEFAULT_OBJECT_HIGH_WATER_MARK = (0, import_node_stream5.getDefaultHighWaterMark)(true);
// var HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
// var iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
//   const generators = getGenerators({
//     binary,
//     shouldEncode,
//     encoding,
//     shouldSplit,
//     preserveNewlines
//   });
//   try {
//     for await (const [chunk] of onStdoutChunk) {
//       yield* transformChunkSync(chunk, generators, 0);
//     }
//   } catch (error) {
//     if (!controller.signal.aborted) {
//       throw error;
//     }
//   } finally {
//     yield* finalChunksSync(generators);
//   }
// };
// var getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
//   getEncodingTransformGenerator(binary, encoding, !shouldEncode),
//   getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
// ].filter(Boolean);
// 
// // node_modules/execa/lib/io/contents.js
// var getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
//   const logPromise = logOutputAsync({
//     stream,
//     onStreamEnd,
//     fdNumber,
//     encoding,
//     allMixed,
//     verboseInfo,
//     streamInfo
//   });
//   if (!buffer) {
//     await Promise.all([resumeStream(stream), logPromise]);
//     return;
//   }
//   const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline2, fdNumber);
//   const iterable = iterateForResult({
//     stream,
//     onStreamEnd,
//     lines,
//     encoding,
//     stripFinalNewline: stripFinalNewlineValue,
//     allMixed
//   });
//   const [output] = await Promise.all([
//     getStreamContents2({
//       stream,
//       iterable,
//       fdNumber,
//       encoding,
//       maxBuffer,
//       lines
//     }),
//     logPromise
//   ]);
//   return output;
// };
// var logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
//   if (!shouldLogOutput({
//     stdioItems: fileDescriptors[fdNumber]?.stdioItems,
//     encoding,
//     verboseInfo,
//     fdNumber
//   })) {
//     return;
//   }
//   const linesIterable = iterateForResult({
//     stream,
//     onStreamEnd,
//     lines: true,
//     encoding,
//     stripFinalNewline: true,
//     allMixed
//   });
//   await logLines(linesIterable, stream, fdNumber, verboseInfo);
// };
// var resumeStream = async (stream) => {
//   await (0, import_promises9.setImmediate)();
//   if (stream.readableFlowing === null) {
//     stream.resume();
//   }
// };
// var getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines }) => {
//   try {
//     if (readableObjectMode || lines) {
//       return await getStreamAsArray(iterable, { maxBuffer });
//     }
//     if (encoding === "buffer") {
//       return new Uint8Array(await getStreamAsArrayBuffer(iterable, { maxBuffer }));
//     }
//     return await getStreamAsString(iterable, { maxBuffer });
//   } catch (error) {
//     return handleBufferedData(handleMaxBuffer({
//       error,
//       stream,
//       readableObjectMode,
//       lines,
//       encoding,
//       fdNumber
//     }));
//   }
// };
// var getBufferedData = async (streamPromise) => {
//   try {
//     return await streamPromise;
//   } catch (error) {
//     return handleBufferedData(error);
//   }
// };
// var handleBufferedData = ({ bufferedData }) => isArrayBuffer(bufferedData) ? new Uint8Array(bufferedData) : bufferedData;
// 
// // node_modules/execa/lib/resolve/wait-stream.js
// var import_promises10 = __toESM(require_promises2(), 1);
// var waitForStream = async (stream, fdNumber, streamInfo, { isSameDirection, stopOnExit = false } = {}) => {
//   const state = handleStdinDestroy(stream, streamInfo);
//   const abortController = new AbortController();
//   try {
//     await Promise.race([
//       ...stopOnExit ? [streamInfo.exitPromise] : [],
//       (0, import_promises10.finished)(stream, { cleanup: true, signal: abortController.signal })
//     ]);
//   } catch (error) {
//     if (!state.stdinCleanedUp) {
//       handleStreamError(error, fdNumber, streamInfo, isSameDirection);
//     }
//   } finally {
//     abortController.abort();
//   }
// };
// var handleStdinDestroy = (stream, { originalStreams: [originalStdin], subprocess }) => {
//   const state = { stdinCleanedUp: false };
//   if (stream === originalStdin) {
//     spyOnStdinDestroy(stream, subprocess, state);
//   }
//   return state;
// };
// var spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
//   const { _destroy } = subprocessStdin;
//   subprocessStdin._destroy = (...destroyArguments) => {
//     setStdinCleanedUp(subprocess, state);
//     _destroy.call(subprocessStdin, ...destroyArguments);
//   };
// };
// var setStdinCleanedUp = ({ exitCode, signalCode }, state) => {
//   if (exitCode !== null || signalCode !== null) {
//     state.stdinCleanedUp = true;
//   }
// };
// var handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
//   if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
//     throw error;
//   }
// };
// var shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
//   if (streamInfo.propagating) {
//     return isStreamEpipe(error) || isStreamAbort(error);
//   }
//   streamInfo.propagating = true;
//   return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
// };
// var isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
// var isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
// var isStreamEpipe = (error) => error?.code === "EPIPE";
// 
// // node_modules/execa/lib/resolve/stdio.js
// var waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
//   stream,
//   fdNumber,
//   encoding,
//   buffer: buffer[fdNumber],
//   maxBuffer: maxBuffer[fdNumber],
//   lines: lines[fdNumber],
//   allMixed: false,
//   stripFinalNewline: stripFinalNewline2,
//   verboseInfo,
//   streamInfo
// }));
// var waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
//   if (!stream) {
//     return;
//   }
//   const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
//   if (isInputFileDescriptor(streamInfo, fdNumber)) {
//     await onStreamEnd;
//     return;
//   }
//   const [output] = await Promise.all([
//     getStreamOutput({
//       stream,
//       onStreamEnd,
//       fdNumber,
//       encoding,
//       buffer,
//       maxBuffer,
//       lines,
//       allMixed,
//       stripFinalNewline: stripFinalNewline2,
//       verboseInfo,
//       streamInfo
//     }),
//     onStreamEnd
//   ]);
//   return output;
// };
// 
// // node_modules/execa/lib/resolve/all-async.js
// var makeAllStream = ({ stdout, stderr }, { all }) => all && (stdout || stderr) ? mergeStreams([stdout, stderr].filter(Boolean)) : void 0;
// var waitForAllStream = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => waitForSubprocessStream({
//   ...getAllStream(subprocess, buffer),
//   fdNumber: "all",
//   encoding,
//   maxBuffer: maxBuffer[1] + maxBuffer[2],
//   lines: lines[1] || lines[2],
//   allMixed: getAllMixed(subprocess),
//   stripFinalNewline: stripFinalNewline2,
//   verboseInfo,
//   streamInfo
// });
// var getAllStream = ({ stdout, stderr, all }, [, bufferStdout, bufferStderr]) => {
//   const buffer = bufferStdout || bufferStderr;
//   if (!buffer) {
//     return { stream: all, buffer };
//   }
//   if (!bufferStdout) {
//     return { stream: stderr, buffer };
//   }
//   if (!bufferStderr) {
//     return { stream: stdout, buffer };
//   }
//   return { stream: all, buffer };
// };
// var getAllMixed = ({ all, stdout, stderr }) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;
// 
// // node_modules/execa/lib/resolve/wait-subprocess.js
// var import_node_events13 = __toESM(require_node_events(), 1);
// 
// // node_modules/execa/lib/verbose/ipc.js
// var shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
// var logIpcOutput = (message, verboseInfo) => {
//   const verboseMessage = serializeVerboseMessage(message);
//   verboseLog({
//     type: "ipc",
//     verboseMessage,
//     fdNumber: "ipc",
//     verboseInfo
//   });
// };
// 
// // node_modules/execa/lib/ipc/buffer-messages.js
// var waitForIpcOutput = async ({
//   subprocess,
//   buffer: bufferArray,
//   maxBuffer: maxBufferArray,
//   ipc,
//   ipcOutput,
//   verboseInfo
// }) => {
//   if (!ipc) {
//     return ipcOutput;
//   }
//   const isVerbose2 = shouldLogIpc(verboseInfo);
//   const buffer = getFdSpecificValue(bufferArray, "ipc");
//   const maxBuffer = getFdSpecificValue(maxBufferArray, "ipc");
//   for await (const message of loopOnMessages({
//     anyProcess: subprocess,
//     channel: subprocess.channel,
//     isSubprocess: false,
//     ipc,
//     shouldAwait: false,
//     reference: true
//   })) {
//     if (buffer) {
//       checkIpcMaxBuffer(subprocess, ipcOutput, maxBuffer);
//       ipcOutput.push(message);
//     }
//     if (isVerbose2) {
//       logIpcOutput(message, verboseInfo);
//     }
//   }
//   return ipcOutput;
// };
// var getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
//   await Promise.allSettled([ipcOutputPromise]);
//   return ipcOutput;
// };
// 
// // node_modules/execa/lib/resolve/wait-subprocess.js
// var waitForSubprocessResult = async ({
//   subprocess,
//   options: {
//     encoding,
//     buffer,
//     maxBuffer,
//     lines,
//     timeoutDuration: timeout,
//     cancelSignal,
//     gracefulCancel,
//     forceKillAfterDelay,
//     stripFinalNewline: stripFinalNewline2,
//     ipc,
//     ipcInput
//   },
//   context,
//   verboseInfo,
//   fileDescriptors,
//   originalStreams,
//   onInternalError,
//   controller
// }) => {
//   const exitPromise = waitForExit(subprocess, context);
//   const streamInfo = {
//     originalStreams,
//     fileDescriptors,
//     subprocess,
//     exitPromise,
//     propagating: false
//   };
//   const stdioPromises = waitForStdioStreams({
//     subprocess,
//     encoding,
//     buffer,
//     maxBuffer,
//     lines,
//     stripFinalNewline: stripFinalNewline2,
//     verboseInfo,
//     streamInfo
//   });
//   const allPromise = waitForAllStream({
//     subprocess,
//     encoding,
//     buffer,
//     maxBuffer,
//     lines,
//     stripFinalNewline: stripFinalNewline2,
//     verboseInfo,
//     streamInfo
//   });
//   const ipcOutput = [];
//   const ipcOutputPromise = waitForIpcOutput({
//     subprocess,
//     buffer,
//     maxBuffer,
//     ipc,
//     ipcOutput,
//     verboseInfo
//   });
//   const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
//   const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);
//   try {
//     return await Promise.race([
//       Promise.all([
//         {},
//         waitForSuccessfulExit(exitPromise),
//         Promise.all(stdioPromises),
//         allPromise,
//         ipcOutputPromise,
//         sendIpcInput(subprocess, ipcInput),
//         ...originalPromises,
//         ...customStreamsEndPromises
//       ]),
//       onInternalError,
//       throwOnSubprocessError(subprocess, controller),
//       ...throwOnTimeout(subprocess, timeout, context, controller),
//       ...throwOnCancel({
//         subprocess,
//         cancelSignal,
//         gracefulCancel,
//         context,
//         controller
//       }),
//       ...throwOnGracefulCancel({
//         subprocess,
//         cancelSignal,
//         gracefulCancel,
//         forceKillAfterDelay,
//         context,
//         controller
//       })
//     ]);
//   } catch (error) {
//     context.terminationReason ??= "other";
//     return Promise.all([
//       { error },
//       exitPromise,
//       Promise.all(stdioPromises.map((stdioPromise) => getBufferedData(stdioPromise))),
//       getBufferedData(allPromise),
//       getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
//       Promise.allSettled(originalPromises),
//       Promise.allSettled(customStreamsEndPromises)
//     ]);
//   }
// };
// var waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
// var waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
//   isSameDirection: TRANSFORM_TYPES.has(type),
//   stopOnExit: type === "native"
// })));
// var throwOnSubprocessError = async (subprocess, { signal }) => {
//   const [error] = await (0, import_node_events13.once)(subprocess, "error", { signal });
//   throw error;
// };
// 
// // node_modules/execa/lib/convert/concurrent.js
// var initializeConcurrentStreams = () => ({
//   readableDestroy: /* @__PURE__ */ new WeakMap(),
//   writableFinal: /* @__PURE__ */ new WeakMap(),
//   writableDestroy: /* @__PURE__ */ new WeakMap()
// });
// var addConcurrentStream = (concurrentStreams, stream, waitName) => {
//   const weakMap = concurrentStreams[waitName];
//   if (!weakMap.has(stream)) {
//     weakMap.set(stream, []);
//   }
//   const promises = weakMap.get(stream);
//   const promise = createDeferred();
//   promises.push(promise);
//   const resolve = promise.resolve.bind(promise);
//   return { resolve, promises };
// };
// var waitForConcurrentStreams = async ({ resolve, promises }, subprocess) => {
//   resolve();
//   const [isSubprocessExit] = await Promise.race([
//     Promise.allSettled([true, subprocess]),
//     Promise.all([false, ...promises])
//   ]);
//   return !isSubprocessExit;
// };
// 
// // node_modules/execa/lib/convert/readable.js
// var import_node_stream6 = __toESM(require_node_stream(), 1);
// var import_node_util9 = __toESM(require_node_util(), 1);
// 
// // node_modules/execa/lib/convert/shared.js
// var import_promises11 = __toESM(require_promises2(), 1);
// var safeWaitForSubprocessStdin = async (subprocessStdin) => {
//   if (subprocessStdin === void 0) {
//     return;
//   }
//   try {
//     await waitForSubprocessStdin(subprocessStdin);
//   } catch {
//   }
// };
// var safeWaitForSubprocessStdout = async (subprocessStdout) => {
//   if (subprocessStdout === void 0) {
//     return;
//   }
//   try {
//     await waitForSubprocessStdout(subprocessStdout);
//   } catch {
//   }
// };
// var waitForSubprocessStdin = async (subprocessStdin) => {
//   await (0, import_promises11.finished)(subprocessStdin, { cleanup: true, readable: false, writable: true });
// };
// var waitForSubprocessStdout = async (subprocessStdout) => {
//   await (0, import_promises11.finished)(subprocessStdout, { cleanup: true, readable: true, writable: false });
// };
// var waitForSubprocess = async (subprocess, error) => {
//   await subprocess;
//   if (error) {
//     throw error;
//   }
// };
// var destroyOtherStream = (stream, isOpen, error) => {
//   if (error && !isStreamAbort(error)) {
//     stream.destroy(error);
//   } else if (isOpen) {
//     stream.destroy();
//   }
// };
// 
// // node_modules/execa/lib/convert/readable.js
// var createReadable = ({ subprocess, concurrentStreams, encoding }, { from, binary: binaryOption = true, preserveNewlines = true } = {}) => {
//   const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
//   const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
//   const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
//   const { read, onStdoutDataDone } = getReadableMethods({
//     subprocessStdout,
//     subprocess,
//     binary,
//     encoding,
//     preserveNewlines
//   });
//   const readable2 = new import_node_stream6.Readable({
//     read,
//     destroy: (0, import_node_util9.callbackify)(onReadableDestroy.bind(void 0, { subprocessStdout, subprocess, waitReadableDestroy })),
//     highWaterMark: readableHighWaterMark,
//     objectMode: readableObjectMode,
//     encoding: readableEncoding
//   });
//   onStdoutFinished({
//     subprocessStdout,
//     onStdoutDataDone,
//     readable: readable2,
//     subprocess
//   });
//   return readable2;
// };
// var getSubprocessStdout = (subprocess, from, concurrentStreams) => {
//   const subprocessStdout = getFromStream(subprocess, from);
//   const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
//   return { subprocessStdout, waitReadableDestroy };
// };
// var getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
// var getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
//   const onStdoutDataDone = createDeferred();
//   const onStdoutData = iterateOnSubprocessStream({
//     subprocessStdout,
//     subprocess,
//     binary,
//     shouldEncode: !binary,
//     encoding,
//     preserveNewlines
//   });
//   return {
//     read() {
//       onRead(this, onStdoutData, onStdoutDataDone);
//     },
//     onStdoutDataDone
//   };
// };
// var onRead = async (readable2, onStdoutData, onStdoutDataDone) => {
//   try {
//     const { value, done } = await onStdoutData.next();
//     if (done) {
//       onStdoutDataDone.resolve();
//     } else {
//       readable2.push(value);
//     }
//   } catch {
//   }
// };
// var onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable: readable2, subprocess, subprocessStdin }) => {
//   try {
//     await waitForSubprocessStdout(subprocessStdout);
//     await subprocess;
//     await safeWaitForSubprocessStdin(subprocessStdin);
//     await onStdoutDataDone;
//     if (readable2.readable) {
//       readable2.push(null);
//     }
//   } catch (error) {
//     await safeWaitForSubprocessStdin(subprocessStdin);
//     destroyOtherReadable(readable2, error);
//   }
// };
// var onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
//   if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
//     destroyOtherReadable(subprocessStdout, error);
//     await waitForSubprocess(subprocess, error);
//   }
// };
// var destroyOtherReadable = (stream, error) => {
//   destroyOtherStream(stream, stream.readable, error);
// };
// 
// // node_modules/execa/lib/convert/writable.js
// var import_node_stream7 = __toESM(require_node_stream(), 1);
// var import_node_util10 = __toESM(require_node_util(), 1);
// var createWritable = ({ subprocess, concurrentStreams }, { to } = {}) => {
//   const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
//   const writable2 = new import_node_stream7.Writable({
//     ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
//     destroy: (0, import_node_util10.callbackify)(onWritableDestroy.bind(void 0, {
//       subprocessStdin,
//       subprocess,
//       waitWritableFinal,
//       waitWritableDestroy
//     })),
//     highWaterMark: subprocessStdin.writableHighWaterMark,
//     objectMode: subprocessStdin.writableObjectMode
//   });
//   onStdinFinished(subprocessStdin, writable2);
//   return writable2;
// };
// var getSubprocessStdin = (subprocess, to, concurrentStreams) => {
//   const subprocessStdin = getToStream(subprocess, to);
//   const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
//   const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
//   return { subprocessStdin, waitWritableFinal, waitWritableDestroy };
// };
// var getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
//   write: onWrite.bind(void 0, subprocessStdin),
//   final: (0, import_node_util10.callbackify)(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
// });
// var onWrite = (subprocessStdin, chunk, encoding, done) => {
//   if (subprocessStdin.write(chunk, encoding)) {
//     done();
//   } else {
//     subprocessStdin.once("drain", done);
//   }
// };
// var onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
//   if (await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
//     if (subprocessStdin.writable) {
//       subprocessStdin.end();
//     }
//     await subprocess;
//   }
// };
// var onStdinFinished = async (subprocessStdin, writable2, subprocessStdout) => {
//   try {
//     await waitForSubprocessStdin(subprocessStdin);
//     if (writable2.writable) {
//       writable2.end();
//     }
//   } catch (error) {
//     await safeWaitForSubprocessStdout(subprocessStdout);
//     destroyOtherWritable(writable2, error);
//   }
// };
// var onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
//   await waitForConcurrentStreams(waitWritableFinal, subprocess);
//   if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
//     destroyOtherWritable(subprocessStdin, error);
//     await waitForSubprocess(subprocess, error);
//   }
// };
// var destroyOtherWritable = (stream, error) => {
//   destroyOtherStream(stream, stream.writable, error);
// };
// 
// // node_modules/execa/lib/convert/duplex.js
// var import_node_stream8 = __toESM(require_node_stream(), 1);
// var import_node_util11 = __toESM(require_node_util(), 1);
// var createDuplex = ({ subprocess, concurrentStreams, encoding }, { from, to, binary: binaryOption = true, preserveNewlines = true } = {}) => {
//   const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
//   const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
//   const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
//   const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
//   const { read, onStdoutDataDone } = getReadableMethods({
//     subprocessStdout,
//     subprocess,
//     binary,
//     encoding,
//     preserveNewlines
//   });
//   const duplex2 = new import_node_stream8.Duplex({
//     read,
//     ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
//     destroy: (0, import_node_util11.callbackify)(onDuplexDestroy.bind(void 0, {
//       subprocessStdout,
//       subprocessStdin,
//       subprocess,
//       waitReadableDestroy,
//       waitWritableFinal,
//       waitWritableDestroy
//     })),
//     readableHighWaterMark,
//     writableHighWaterMark: subprocessStdin.writableHighWaterMark,
//     readableObjectMode,
//     writableObjectMode: subprocessStdin.writableObjectMode,
//     encoding: readableEncoding
//   });
//   onStdoutFinished({
//     subprocessStdout,
//     onStdoutDataDone,
//     readable: duplex2,
//     subprocess,
//     subprocessStdin
//   });
//   onStdinFinished(subprocessStdin, duplex2, subprocessStdout);
//   return duplex2;
// };
// var onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
//   await Promise.all([
//     onReadableDestroy({ subprocessStdout, subprocess, waitReadableDestroy }, error),
//     onWritableDestroy({
//       subprocessStdin,
//       subprocess,
//       waitWritableFinal,
//       waitWritableDestroy
//     }, error)
//   ]);
// };
// 
// // node_modules/execa/lib/convert/iterable.js
// var createIterable = (subprocess, encoding, {
//   from,
//   binary: binaryOption = false,
//   preserveNewlines = false
// } = {}) => {
//   const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
//   const subprocessStdout = getFromStream(subprocess, from);
//   const onStdoutData = iterateOnSubprocessStream({
//     subprocessStdout,
//     subprocess,
//     binary,
//     shouldEncode: true,
//     encoding,
//     preserveNewlines
//   });
//   return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
// };
// var iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
//   try {
//     yield* onStdoutData;
//   } finally {
//     if (subprocessStdout.readable) {
//       subprocessStdout.destroy();
//     }
//     await subprocess;
//   }
// };
// 
// // node_modules/execa/lib/convert/add.js
// var addConvertedStreams = (subprocess, { encoding }) => {
//   const concurrentStreams = initializeConcurrentStreams();
//   subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
//   subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
//   subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
//   subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
//   subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
// };
// 
// // node_modules/execa/lib/methods/promise.js
// var mergePromise = (subprocess, promise) => {
//   for (const [property, descriptor] of descriptors) {
//     const value = descriptor.value.bind(promise);
//     Reflect.defineProperty(subprocess, property, { ...descriptor, value });
//   }
// };
// var nativePromisePrototype = (async () => {
// })().constructor.prototype;
// var descriptors = ["then", "catch", "finally"].map((property) => [
//   property,
//   Reflect.getOwnPropertyDescriptor(nativePromisePrototype, property)
// ]);
// 
// // node_modules/execa/lib/methods/main-async.js
// var execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
//   const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleAsyncArguments(rawFile, rawArguments, rawOptions);
//   const { subprocess, promise } = spawnSubprocessAsync({
//     file,
//     commandArguments,
//     options,
//     startTime,
//     verboseInfo,
//     command,
//     escapedCommand,
//     fileDescriptors
//   });
//   subprocess.pipe = pipeToSubprocess.bind(void 0, {
//     source: subprocess,
//     sourcePromise: promise,
//     boundOptions: {},
//     createNested
//   });
//   mergePromise(subprocess, promise);
//   SUBPROCESS_OPTIONS.set(subprocess, { options, fileDescriptors });
//   return subprocess;
// };
// var handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
//   const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
//   const { file, commandArguments, options: normalizedOptions } = normalizeOptions(rawFile, rawArguments, rawOptions);
//   const options = handleAsyncOptions(normalizedOptions);
//   const fileDescriptors = handleStdioAsync(options, verboseInfo);
//   return {
//     file,
//     commandArguments,
//     command,
//     escapedCommand,
//     startTime,
//     verboseInfo,
//     options,
//     fileDescriptors
//   };
// };
// var handleAsyncOptions = ({ timeout, signal, ...options }) => {
//   if (signal !== void 0) {
//     throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
//   }
//   return { ...options, timeoutDuration: timeout };
// };
// var spawnSubprocessAsync = ({ file, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
//   let subprocess;
//   try {
//     subprocess = (0, import_node_child_process5.spawn)(...concatenateShell(file, commandArguments, options));
//   } catch (error) {
//     return handleEarlyError({
//       error,
//       command,
//       escapedCommand,
//       fileDescriptors,
//       options,
//       startTime,
//       verboseInfo
//     });
//   }
//   const controller = new AbortController();
//   (0, import_node_events14.setMaxListeners)(Number.POSITIVE_INFINITY, controller.signal);
//   const originalStreams = [...subprocess.stdio];
//   pipeOutputAsync(subprocess, fileDescriptors, controller);
//   cleanupOnExit(subprocess, options, controller);
//   const context = {};
//   const onInternalError = createDeferred();
//   subprocess.kill = subprocessKill.bind(void 0, {
//     kill: subprocess.kill.bind(subprocess),
//     options,
//     onInternalError,
//     context,
//     controller
//   });
//   subprocess.all = makeAllStream(subprocess, options);
//   addConvertedStreams(subprocess, options);
//   addIpcMethods(subprocess, options);
//   const promise = handlePromise({
//     subprocess,
//     options,
//     startTime,
//     verboseInfo,
//     fileDescriptors,
//     originalStreams,
//     command,
//     escapedCommand,
//     context,
//     onInternalError,
//     controller
//   });
//   return { subprocess, promise };
// };
// var handlePromise = async ({ subprocess, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller }) => {
//   const [
//     errorInfo,
//     [exitCode, signal],
//     stdioResults,
//     allResult,
//     ipcOutput
//   ] = await waitForSubprocessResult({
//     subprocess,
//     options,
//     context,
//     verboseInfo,
//     fileDescriptors,
//     originalStreams,
//     onInternalError,
//     controller
//   });
//   controller.abort();
//   onInternalError.resolve();
//   const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options, fdNumber));
//   const all = stripNewline(allResult, options, "all");
//   const result = getAsyncResult({
//     errorInfo,
//     exitCode,
//     signal,
//     stdio,
//     all,
//     ipcOutput,
//     context,
//     options,
//     command,
//     escapedCommand,
//     startTime
//   });
//   return handleResult(result, verboseInfo, options);
// };
// var getAsyncResult = ({ errorInfo, exitCode, signal, stdio, all, ipcOutput, context, options, command, escapedCommand, startTime }) => "error" in errorInfo ? makeError({
//   error: errorInfo.error,
//   command,
//   escapedCommand,
//   timedOut: context.terminationReason === "timeout",
//   isCanceled: context.terminationReason === "cancel" || context.terminationReason === "gracefulCancel",
//   isGracefullyCanceled: context.terminationReason === "gracefulCancel",
//   isMaxBuffer: errorInfo.error instanceof MaxBufferError,
//   isForcefullyTerminated: context.isForcefullyTerminated,
//   exitCode,
//   signal,
//   stdio,
//   all,
//   ipcOutput,
//   options,
//   startTime,
//   isSync: false
// }) : makeSuccessResult({
//   command,
//   escapedCommand,
//   stdio,
//   all,
//   ipcOutput,
//   options,
//   startTime
// });
// 
// // node_modules/execa/lib/methods/bind.js
// var mergeOptions = (boundOptions, options) => {
//   const newOptions = Object.fromEntries(
//     Object.entries(options).map(([optionName, optionValue]) => [
//       optionName,
//       mergeOption(optionName, boundOptions[optionName], optionValue)
//     ])
//   );
//   return { ...boundOptions, ...newOptions };
// };
// var mergeOption = (optionName, boundOptionValue, optionValue) => {
//   if (DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue)) {
//     return { ...boundOptionValue, ...optionValue };
//   }
//   return optionValue;
// };
// var DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);
// 
// // node_modules/execa/lib/methods/create.js
// var createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
//   const createNested = (mapArguments2, boundOptions2, setBoundExeca2) => createExeca(mapArguments2, boundOptions2, deepOptions, setBoundExeca2);
//   const boundExeca = (...execaArguments) => callBoundExeca({
//     mapArguments,
//     deepOptions,
//     boundOptions,
//     setBoundExeca,
//     createNested
//   }, ...execaArguments);
//   if (setBoundExeca !== void 0) {
//     setBoundExeca(boundExeca, createNested, boundOptions);
//   }
//   return boundExeca;
// };
// var callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
//   if (isPlainObject(firstArgument)) {
//     return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
//   }
//   const { file, commandArguments, options, isSync } = parseArguments({
//     mapArguments,
//     firstArgument,
//     nextArguments,
//     deepOptions,
//     boundOptions
//   });
//   return isSync ? execaCoreSync(file, commandArguments, options) : execaCoreAsync(file, commandArguments, options, createNested);
// };
// var parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
//   const callArguments = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
//   const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
//   const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
//   const {
//     file = initialFile,
//     commandArguments = initialArguments,
//     options = mergedOptions,
//     isSync = false
//   } = mapArguments({ file: initialFile, commandArguments: initialArguments, options: mergedOptions });
//   return {
//     file,
//     commandArguments,
//     options,
//     isSync
//   };
// };
// 
// // node_modules/execa/lib/methods/command.js
// var mapCommandAsync = ({ file, commandArguments }) => parseCommand(file, commandArguments);
// var mapCommandSync = ({ file, commandArguments }) => ({ ...parseCommand(file, commandArguments), isSync: true });
// var parseCommand = (command, unusedArguments) => {
//   if (unusedArguments.length > 0) {
//     throw new TypeError(`The command and its arguments must be passed as a single string: ${command} ${unusedArguments}.`);
//   }
//   const [file, ...commandArguments] = parseCommandString(command);
//   return { file, commandArguments };
// };
// var parseCommandString = (command) => {
//   if (typeof command !== "string") {
//     throw new TypeError(`The command must be a string: ${String(command)}.`);
//   }
//   const trimmedCommand = command.trim();
//   if (trimmedCommand === "") {
//     return [];
//   }
//   const tokens = [];
//   for (const token of trimmedCommand.split(SPACES_REGEXP)) {
//     const previousToken = tokens.at(-1);
//     if (previousToken && previousToken.endsWith("\\")) {
//       tokens[tokens.length - 1] = `${previousToken.slice(0, -1)} ${token}`;
//     } else {
//       tokens.push(token);
//     }
//   }
//   return tokens;
// };
// var SPACES_REGEXP = / +/g;
// 
// // node_modules/execa/lib/methods/script.js
// var setScriptSync = (boundExeca, createNested, boundOptions) => {
//   boundExeca.sync = createNested(mapScriptSync, boundOptions);
//   boundExeca.s = boundExeca.sync;
// };
// var mapScriptAsync = ({ options }) => getScriptOptions(options);
// var mapScriptSync = ({ options }) => ({ ...getScriptOptions(options), isSync: true });
// var getScriptOptions = (options) => ({ options: { ...getScriptStdinOption(options), ...options } });
// var getScriptStdinOption = ({ input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin: "inherit" } : {};
// var deepScriptOptions = { preferLocal: true };
// 
// // node_modules/execa/index.js
// var execa = createExeca(() => ({}));
// var execaSync = createExeca(() => ({ isSync: true }));
// var execaCommand = createExeca(mapCommandAsync);
// var execaCommandSync = createExeca(mapCommandSync);
// var execaNode = createExeca(mapNode);
// var $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
// var {
//   sendMessage: sendMessage2,
//   getOneMessage: getOneMessage2,
//   getEachMessage: getEachMessage2,
//   getCancelSignal: getCancelSignal2
// } = getIpcExport();
// // Annotate the CommonJS export names for ESM import in node:
// 0 && (module.exports = {
//   $,
//   ExecaError,
//   ExecaSyncError,
//   execa,
//   execaCommand,
//   execaCommandSync,
//   execaNode,
//   execaSync,
//   getCancelSignal,
//   getEachMessage,
//   getOneMessage,
//   parseCommandString,
//   sendMessage
// });
// gantry-embedded-end execa
// gantry-embedded-begin yaml
// var __create = Object.create;
// var __defProp = Object.defineProperty;
// var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
// var __getOwnPropNames = Object.getOwnPropertyNames;
// var __getProtoOf = Object.getPrototypeOf;
// var __hasOwnProp = Object.prototype.hasOwnProperty;
// var __commonJS = (cb, mod) => function __require() {
//   try {
//     return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
//   } catch (e) {
//     throw mod = 0, e;
//   }
// };
// var __export = (target, all) => {
//   for (var name in all)
//     __defProp(target, name, { get: all[name], enumerable: true });
// };
// var __copyProps = (to, from, except, desc) => {
//   if (from && typeof from === "object" || typeof from === "function") {
//     for (let key of __getOwnPropNames(from))
//       if (!__hasOwnProp.call(to, key) && key !== except)
//         __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
//   }
//   return to;
// };
// var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
//   // If the importer is in node compatibility mode or this is not an ESM
//   // file that has been converted to a CommonJS file using a Babel-
//   // compatible transform (i.e. "__esModule" has not been set), then set
//   // "default" to the CommonJS "module.exports" for node compatibility.
//   isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
//   mod
// ));
// var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
// 
// // node_modules/yaml/dist/nodes/identity.js
// var require_identity = __commonJS({
//   "node_modules/yaml/dist/nodes/identity.js"(exports2) {
//     "use strict";
//     var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
//     var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
//     var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
//     var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
//     var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
//     var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
//     var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
//     var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
//     var isDocument2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
//     var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
//     var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
//     var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
//     var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
//     function isCollection2(node) {
//       if (node && typeof node === "object")
//         switch (node[NODE_TYPE]) {
//           case MAP:
//           case SEQ:
//             return true;
//         }
//       return false;
//     }
//     function isNode2(node) {
//       if (node && typeof node === "object")
//         switch (node[NODE_TYPE]) {
//           case ALIAS:
//           case MAP:
//           case SCALAR:
//           case SEQ:
//             return true;
//         }
//       return false;
//     }
//     var hasAnchor = (node) => (isScalar2(node) || isCollection2(node)) && !!node.anchor;
//     exports2.ALIAS = ALIAS;
//     exports2.DOC = DOC;
//     exports2.MAP = MAP;
//     exports2.NODE_TYPE = NODE_TYPE;
//     exports2.PAIR = PAIR;
//     exports2.SCALAR = SCALAR;
//     exports2.SEQ = SEQ;
//     exports2.hasAnchor = hasAnchor;
//     exports2.isAlias = isAlias2;
//     exports2.isCollection = isCollection2;
//     exports2.isDocument = isDocument2;
//     exports2.isMap = isMap2;
//     exports2.isNode = isNode2;
//     exports2.isPair = isPair2;
//     exports2.isScalar = isScalar2;
//     exports2.isSeq = isSeq2;
//   }
// });
// 
// // node_modules/yaml/dist/visit.js
// var require_visit = __commonJS({
//   "node_modules/yaml/dist/visit.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var BREAK = /* @__PURE__ */ Symbol("break visit");
//     var SKIP = /* @__PURE__ */ Symbol("skip children");
//     var REMOVE = /* @__PURE__ */ Symbol("remove node");
//     function visit2(node, visitor) {
//       const visitor_ = initVisitor(visitor);
//       if (identity.isDocument(node)) {
//         const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
//         if (cd === REMOVE)
//           node.contents = null;
//       } else
//         visit_(null, node, visitor_, Object.freeze([]));
//     }
//     visit2.BREAK = BREAK;
//     visit2.SKIP = SKIP;
//     visit2.REMOVE = REMOVE;
//     function visit_(key, node, visitor, path) {
//       const ctrl = callVisitor(key, node, visitor, path);
//       if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
//         replaceNode(key, path, ctrl);
//         return visit_(key, ctrl, visitor, path);
//       }
//       if (typeof ctrl !== "symbol") {
//         if (identity.isCollection(node)) {
//           path = Object.freeze(path.concat(node));
//           for (let i = 0; i < node.items.length; ++i) {
//             const ci = visit_(i, node.items[i], visitor, path);
//             if (typeof ci === "number")
//               i = ci - 1;
//             else if (ci === BREAK)
//               return BREAK;
//             else if (ci === REMOVE) {
//               node.items.splice(i, 1);
//               i -= 1;
//             }
//           }
//         } else if (identity.isPair(node)) {
//           path = Object.freeze(path.concat(node));
//           const ck = visit_("key", node.key, visitor, path);
//           if (ck === BREAK)
//             return BREAK;
//           else if (ck === REMOVE)
//             node.key = null;
//           const cv = visit_("value", node.value, visitor, path);
//           if (cv === BREAK)
//             return BREAK;
//           else if (cv === REMOVE)
//             node.value = null;
//         }
//       }
//       return ctrl;
//     }
//     async function visitAsync2(node, visitor) {
//       const visitor_ = initVisitor(visitor);
//       if (identity.isDocument(node)) {
//         const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
//         if (cd === REMOVE)
//           node.contents = null;
//       } else
//         await visitAsync_(null, node, visitor_, Object.freeze([]));
//     }
//     visitAsync2.BREAK = BREAK;
//     visitAsync2.SKIP = SKIP;
//     visitAsync2.REMOVE = REMOVE;
//     async function visitAsync_(key, node, visitor, path) {
//       const ctrl = await callVisitor(key, node, visitor, path);
//       if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
//         replaceNode(key, path, ctrl);
//         return visitAsync_(key, ctrl, visitor, path);
//       }
//       if (typeof ctrl !== "symbol") {
//         if (identity.isCollection(node)) {
//           path = Object.freeze(path.concat(node));
//           for (let i = 0; i < node.items.length; ++i) {
//             const ci = await visitAsync_(i, node.items[i], visitor, path);
//             if (typeof ci === "number")
//               i = ci - 1;
//             else if (ci === BREAK)
//               return BREAK;
//             else if (ci === REMOVE) {
//               node.items.splice(i, 1);
//               i -= 1;
//             }
//           }
//         } else if (identity.isPair(node)) {
//           path = Object.freeze(path.concat(node));
//           const ck = await visitAsync_("key", node.key, visitor, path);
//           if (ck === BREAK)
//             return BREAK;
//           else if (ck === REMOVE)
//             node.key = null;
//           const cv = await visitAsync_("value", node.value, visitor, path);
//           if (cv === BREAK)
//             return BREAK;
//           else if (cv === REMOVE)
//             node.value = null;
//         }
//       }
//       return ctrl;
//     }
//     function initVisitor(visitor) {
//       if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
//         return Object.assign({
//           Alias: visitor.Node,
//           Map: visitor.Node,
//           Scalar: visitor.Node,
//           Seq: visitor.Node
//         }, visitor.Value && {
//           Map: visitor.Value,
//           Scalar: visitor.Value,
//           Seq: visitor.Value
//         }, visitor.Collection && {
//           Map: visitor.Collection,
//           Seq: visitor.Collection
//         }, visitor);
//       }
//       return visitor;
//     }
//     function callVisitor(key, node, visitor, path) {
//       if (typeof visitor === "function")
//         return visitor(key, node, path);
//       if (identity.isMap(node))
//         return visitor.Map?.(key, node, path);
//       if (identity.isSeq(node))
//         return visitor.Seq?.(key, node, path);
//       if (identity.isPair(node))
//         return visitor.Pair?.(key, node, path);
//       if (identity.isScalar(node))
//         return visitor.Scalar?.(key, node, path);
//       if (identity.isAlias(node))
//         return visitor.Alias?.(key, node, path);
//       return void 0;
//     }
//     function replaceNode(key, path, node) {
//       const parent = path[path.length - 1];
//       if (identity.isCollection(parent)) {
//         parent.items[key] = node;
//       } else if (identity.isPair(parent)) {
//         if (key === "key")
//           parent.key = node;
//         else
//           parent.value = node;
//       } else if (identity.isDocument(parent)) {
//         parent.contents = node;
//       } else {
//         const pt = identity.isAlias(parent) ? "alias" : "scalar";
//         throw new Error(`Cannot replace node with ${pt} parent`);
//       }
//     }
//     exports2.visit = visit2;
//     exports2.visitAsync = visitAsync2;
//   }
// });
// 
// // node_modules/yaml/dist/doc/directives.js
// var require_directives = __commonJS({
//   "node_modules/yaml/dist/doc/directives.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var visit2 = require_visit();
//     var escapeChars = {
//       "!": "%21",
//       ",": "%2C",
//       "[": "%5B",
//       "]": "%5D",
//       "{": "%7B",
//       "}": "%7D"
//     };
//     var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
//     var Directives = class _Directives {
//       constructor(yaml, tags) {
//         this.docStart = null;
//         this.docEnd = false;
//         this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
//         this.tags = Object.assign({}, _Directives.defaultTags, tags);
//       }
//       clone() {
//         const copy = new _Directives(this.yaml, this.tags);
//         copy.docStart = this.docStart;
//         return copy;
//       }
//       /**
//        * During parsing, get a Directives instance for the current document and
//        * update the stream state according to the current version's spec.
//        */
//       atDocument() {
//         const res = new _Directives(this.yaml, this.tags);
//         switch (this.yaml.version) {
//           case "1.1":
//             this.atNextDocument = true;
//             break;
//           case "1.2":
//             this.atNextDocument = false;
//             this.yaml = {
//               explicit: _Directives.defaultYaml.explicit,
//               version: "1.2"
//             };
//             this.tags = Object.assign({}, _Directives.defaultTags);
//             break;
//         }
//         return res;
//       }
//       /**
//        * @param onError - May be called even if the action was successful
//        * @returns `true` on success
//        */
//       add(line, onError) {
//         if (this.atNextDocument) {
//           this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
//           this.tags = Object.assign({}, _Directives.defaultTags);
//           this.atNextDocument = false;
//         }
//         const parts = line.trim().split(/[ \t]+/);
//         const name = parts.shift();
//         switch (name) {
//           case "%TAG": {
//             if (parts.length !== 2) {
//               onError(0, "%TAG directive should contain exactly two parts");
//               if (parts.length < 2)
//                 return false;
//             }
//             const [handle, prefix] = parts;
//             this.tags[handle] = prefix;
//             return true;
//           }
//           case "%YAML": {
//             this.yaml.explicit = true;
//             if (parts.length !== 1) {
//               onError(0, "%YAML directive should contain exactly one part");
//               return false;
//             }
//             const [version] = parts;
//             if (version === "1.1" || version === "1.2") {
//               this.yaml.version = version;
//               return true;
//             } else {
//               const isValid = /^\d+\.\d+$/.test(version);
//               onError(6, `Unsupported YAML version ${version}`, isValid);
//               return false;
//             }
//           }
//           default:
//             onError(0, `Unknown directive ${name}`, true);
//             return false;
//         }
//       }
//       /**
//        * Resolves a tag, matching handles to those defined in %TAG directives.
//        *
//        * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
//        *   `'!local'` tag, or `null` if unresolvable.
//        */
//       tagName(source, onError) {
//         if (source === "!")
//           return "!";
//         if (source[0] !== "!") {
//           onError(`Not a valid tag: ${source}`);
//           return null;
//         }
//         if (source[1] === "<") {
//           const verbatim = source.slice(2, -1);
//           if (verbatim === "!" || verbatim === "!!") {
//             onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
//             return null;
//           }
//           if (source[source.length - 1] !== ">")
//             onError("Verbatim tags must end with a >");
//           return verbatim;
//         }
//         const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
//         if (!suffix)
//           onError(`The ${source} tag has no suffix`);
//         const prefix = this.tags[handle];
//         if (prefix) {
//           try {
//             return prefix + decodeURIComponent(suffix);
//           } catch (error) {
//             onError(String(error));
//             return null;
//           }
//         }
//         if (handle === "!")
//           return source;
//         onError(`Could not resolve tag: ${source}`);
//         return null;
//       }
//       /**
//        * Given a fully resolved tag, returns its printable string form,
//        * taking into account current tag prefixes and defaults.
//        */
//       tagString(tag) {
//         for (const [handle, prefix] of Object.entries(this.tags)) {
//           if (tag.startsWith(prefix))
//             return handle + escapeTagName(tag.substring(prefix.length));
//         }
//         return tag[0] === "!" ? tag : `!<${tag}>`;
//       }
//       toString(doc) {
//         const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
//         const tagEntries = Object.entries(this.tags);
//         let tagNames;
//         if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
//           const tags = {};
//           visit2.visit(doc.contents, (_key, node) => {
//             if (identity.isNode(node) && node.tag)
//               tags[node.tag] = true;
//           });
//           tagNames = Object.keys(tags);
//         } else
//           tagNames = [];
//         for (const [handle, prefix] of tagEntries) {
//           if (handle === "!!" && prefix === "tag:yaml.org,2002:")
//             continue;
//           if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
//             lines.push(`%TAG ${handle} ${prefix}`);
//         }
//         return lines.join("\n");
//       }
//     };
//     Directives.defaultYaml = { explicit: false, version: "1.2" };
//     Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
//     exports2.Directives = Directives;
//   }
// });
// 
// // node_modules/yaml/dist/doc/anchors.js
// var require_anchors = __commonJS({
//   "node_modules/yaml/dist/doc/anchors.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var visit2 = require_visit();
//     function anchorIsValid(anchor) {
//       if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
//         const sa = JSON.stringify(anchor);
//         const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
//         throw new Error(msg);
//       }
//       return true;
//     }
//     function anchorNames(root) {
//       const anchors = /* @__PURE__ */ new Set();
//       visit2.visit(root, {
//         Value(_key, node) {
//           if (node.anchor)
//             anchors.add(node.anchor);
//         }
//       });
//       return anchors;
//     }
//     function findNewAnchor(prefix, exclude) {
//       for (let i = 1; true; ++i) {
//         const name = `${prefix}${i}`;
//         if (!exclude.has(name))
//           return name;
//       }
//     }
//     function createNodeAnchors(doc, prefix) {
//       const aliasObjects = [];
//       const sourceObjects = /* @__PURE__ */ new Map();
//       let prevAnchors = null;
//       return {
//         onAnchor: (source) => {
//           aliasObjects.push(source);
//           prevAnchors ?? (prevAnchors = anchorNames(doc));
//           const anchor = findNewAnchor(prefix, prevAnchors);
//           prevAnchors.add(anchor);
//           return anchor;
//         },
//         /**
//          * With circular references, the source node is only resolved after all
//          * of its child nodes are. This is why anchors are set only after all of
//          * the nodes have been created.
//          */
//         setAnchors: () => {
//           for (const source of aliasObjects) {
//             const ref = sourceObjects.get(source);
//             if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
//               ref.node.anchor = ref.anchor;
//             } else {
//               const error = new Error("Failed to resolve repeated object (this should not happen)");
//               error.source = source;
//               throw error;
//             }
//           }
//         },
//         sourceObjects
//       };
//     }
//     exports2.anchorIsValid = anchorIsValid;
//     exports2.anchorNames = anchorNames;
//     exports2.createNodeAnchors = createNodeAnchors;
//     exports2.findNewAnchor = findNewAnchor;
//   }
// });
// 
// // node_modules/yaml/dist/doc/applyReviver.js
// var require_applyReviver = __commonJS({
//   "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
//     "use strict";
//     function applyReviver(reviver, obj, key, val) {
//       if (val && typeof val === "object") {
//         if (Array.isArray(val)) {
//           for (let i = 0, len = val.length; i < len; ++i) {
//             const v0 = val[i];
//             const v1 = applyReviver(reviver, val, String(i), v0);
//             if (v1 === void 0)
//               delete val[i];
//             else if (v1 !== v0)
//               val[i] = v1;
//           }
//         } else if (val instanceof Map) {
//           for (const k of Array.from(val.keys())) {
//             const v0 = val.get(k);
//             const v1 = applyReviver(reviver, val, k, v0);
//             if (v1 === void 0)
//               val.delete(k);
//             else if (v1 !== v0)
//               val.set(k, v1);
//           }
//         } else if (val instanceof Set) {
//           for (const v0 of Array.from(val)) {
//             const v1 = applyReviver(reviver, val, v0, v0);
//             if (v1 === void 0)
//               val.delete(v0);
//             else if (v1 !== v0) {
//               val.delete(v0);
//               val.add(v1);
//             }
//           }
//         } else {
//           for (const [k, v0] of Object.entries(val)) {
//             const v1 = applyReviver(reviver, val, k, v0);
//             if (v1 === void 0)
//               delete val[k];
//             else if (v1 !== v0)
//               val[k] = v1;
//           }
//         }
//       }
//       return reviver.call(obj, key, val);
//     }
//     exports2.applyReviver = applyReviver;
//   }
// });
// 
// // node_modules/yaml/dist/nodes/toJS.js
// var require_toJS = __commonJS({
//   "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     function toJS(value, arg, ctx) {
//       if (Array.isArray(value))
//         return value.map((v, i) => toJS(v, String(i), ctx));
//       if (value && typeof value.toJSON === "function") {
//         if (!ctx || !identity.hasAnchor(value))
//           return value.toJSON(arg, ctx);
//         const data = { aliasCount: 0, count: 1, res: void 0 };
//         ctx.anchors.set(value, data);
//         ctx.onCreate = (res2) => {
//           data.res = res2;
//           delete ctx.onCreate;
//         };
//         const res = value.toJSON(arg, ctx);
//         if (ctx.onCreate)
//           ctx.onCreate(res);
//         return res;
//       }
//       if (typeof value === "bigint" && !ctx?.keep)
//         return Number(value);
//       return value;
//     }
//     exports2.toJS = toJS;
//   }
// });
// 
// // node_modules/yaml/dist/nodes/Node.js
// var require_Node = __commonJS({
//   "node_modules/yaml/dist/nodes/Node.js"(exports2) {
//     "use strict";
//     var applyReviver = require_applyReviver();
//     var identity = require_identity();
//     var toJS = require_toJS();
//     var NodeBase = class {
//       constructor(type) {
//         Object.defineProperty(this, identity.NODE_TYPE, { value: type });
//       }
//       /** Create a copy of this node.  */
//       clone() {
//         const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
//         if (this.range)
//           copy.range = this.range.slice();
//         return copy;
//       }
//       /** A plain JavaScript representation of this node. */
//       toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
//         if (!identity.isDocument(doc))
//           throw new TypeError("A document argument is required");
//         const ctx = {
//           anchors: /* @__PURE__ */ new Map(),
//           doc,
//           keep: true,
//           mapAsMap: mapAsMap === true,
//           mapKeyWarned: false,
//           maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
//         };
//         const res = toJS.toJS(this, "", ctx);
//         if (typeof onAnchor === "function")
//           for (const { count, res: res2 } of ctx.anchors.values())
//             onAnchor(res2, count);
//         return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
//       }
//     };
//     exports2.NodeBase = NodeBase;
//   }
// });
// 
// // node_modules/yaml/dist/nodes/Alias.js
// var require_Alias = __commonJS({
//   "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
//     "use strict";
//     var anchors = require_anchors();
//     var visit2 = require_visit();
//     var identity = require_identity();
//     var Node = require_Node();
//     var toJS = require_toJS();
//     var Alias2 = class extends Node.NodeBase {
//       constructor(source) {
//         super(identity.ALIAS);
//         this.source = source;
//         Object.defineProperty(this, "tag", {
//           set() {
//             throw new Error("Alias nodes cannot have tags");
//           }
//         });
//       }
//       /**
//        * Resolve the value of this alias within `doc`, finding the last
//        * instance of the `source` anchor before this node.
//        */
//       resolve(doc, ctx) {
//         if (ctx?.maxAliasCount === 0)
//           throw new ReferenceError("Alias resolution is disabled");
//         let nodes;
//         if (ctx?.aliasResolveCache) {
//           nodes = ctx.aliasResolveCache;
//         } else {
//           nodes = [];
//           visit2.visit(doc, {
//             Node: (_key, node) => {
//               if (identity.isAlias(node) || identity.hasAnchor(node))
//                 nodes.push(node);
//             }
//           });
//           if (ctx)
//             ctx.aliasResolveCache = nodes;
//         }
//         let found = void 0;
//         for (const node of nodes) {
//           if (node === this)
//             break;
//           if (node.anchor === this.source)
//             found = node;
//         }
//         if (found && ctx) {
//           const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
//           let data = anchors2.get(found);
//           if (!data) {
//             toJS.toJS(found, null, ctx);
//             data = anchors2.get(found);
//           }
//           if (data?.res === void 0) {
//             const msg = "This should not happen: Alias anchor was not resolved?";
//             throw new ReferenceError(msg);
//           }
//           if (maxAliasCount >= 0) {
//             data.count += 1;
//             if (data.aliasCount === 0)
//               data.aliasCount = getAliasCount(doc2, found, anchors2);
//             if (data.count * data.aliasCount > maxAliasCount) {
//               const msg = "Excessive alias count indicates a resource exhaustion attack";
//               throw new ReferenceError(msg);
//             }
//           }
//         }
//         return found;
//       }
//       toJSON(_arg, ctx) {
//         if (!ctx)
//           return { source: this.source };
//         const source = this.resolve(ctx.doc, ctx);
//         if (!source) {
//           const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
//           throw new ReferenceError(msg);
//         }
//         return ctx.anchors.get(source).res;
//       }
//       toString(ctx, _onComment, _onChompKeep) {
//         const src = `*${this.source}`;
//         if (ctx) {
//           anchors.anchorIsValid(this.source);
//           if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
//             const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
//             throw new Error(msg);
//           }
//           if (ctx.implicitKey)
//             return `${src} `;
//         }
//         return src;
//       }
//     };
//     function getAliasCount(doc, node, anchors2) {
//       if (identity.isAlias(node)) {
//         const source = node.resolve(doc);
//         const anchor = anchors2 && source && anchors2.get(source);
//         return anchor ? anchor.count * anchor.aliasCount : 0;
//       } else if (identity.isCollection(node)) {
//         let count = 0;
//         for (const item of node.items) {
//           const c = getAliasCount(doc, item, anchors2);
//           if (c > count)
//             count = c;
//         }
//         return count;
//       } else if (identity.isPair(node)) {
//         const kc = getAliasCount(doc, node.key, anchors2);
//         const vc = getAliasCount(doc, node.value, anchors2);
//         return Math.max(kc, vc);
//       }
//       return 1;
//     }
//     exports2.Alias = Alias2;
//   }
// });
// 
// // node_modules/yaml/dist/nodes/Scalar.js
// var require_Scalar = __commonJS({
//   "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var Node = require_Node();
//     var toJS = require_toJS();
//     var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
//     var Scalar2 = class extends Node.NodeBase {
//       constructor(value) {
//         super(identity.SCALAR);
//         this.value = value;
//       }
//       toJSON(arg, ctx) {
//         return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
//       }
//       toString() {
//         return String(this.value);
//       }
//     };
//     Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
//     Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
//     Scalar2.PLAIN = "PLAIN";
//     Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
//     Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
//     exports2.Scalar = Scalar2;
//     exports2.isScalarValue = isScalarValue;
//   }
// });
// 
// // node_modules/yaml/dist/doc/createNode.js
// var require_createNode = __commonJS({
//   "node_modules/yaml/dist/doc/createNode.js"(exports2) {
//     "use strict";
//     var Alias2 = require_Alias();
//     var identity = require_identity();
//     var Scalar2 = require_Scalar();
//     var defaultTagPrefix = "tag:yaml.org,2002:";
//     function findTagObject(value, tagName, tags) {
//       if (tagName) {
//         const match = tags.filter((t) => t.tag === tagName);
//         const tagObj = match.find((t) => !t.format) ?? match[0];
//         if (!tagObj)
//           throw new Error(`Tag ${tagName} not found`);
//         return tagObj;
//       }
//       return tags.find((t) => t.identify?.(value) && !t.format);
//     }
//     function createNode(value, tagName, ctx) {
//       if (identity.isDocument(value))
//         value = value.contents;
//       if (identity.isNode(value))
//         return value;
//       if (identity.isPair(value)) {
//         const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
//         map.items.push(value);
//         return map;
//       }
//       if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
//         value = value.valueOf();
//       }
//       const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
//       let ref = void 0;
//       if (aliasDuplicateObjects && value && typeof value === "object") {
//         ref = sourceObjects.get(value);
//         if (ref) {
//           ref.anchor ?? (ref.anchor = onAnchor(value));
//           return new Alias2.Alias(ref.anchor);
//         } else {
//           ref = { anchor: null, node: null };
//           sourceObjects.set(value, ref);
//         }
//       }
//       if (tagName?.startsWith("!!"))
//         tagName = defaultTagPrefix + tagName.slice(2);
//       let tagObj = findTagObject(value, tagName, schema.tags);
//       if (!tagObj) {
//         if (value && typeof value.toJSON === "function") {
//           value = value.toJSON();
//         }
//         if (!value || typeof value !== "object") {
//           const node2 = new Scalar2.Scalar(value);
//           if (ref)
//             ref.node = node2;
//           return node2;
//         }
//         tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
//       }
//       if (onTagObj) {
//         onTagObj(tagObj);
//         delete ctx.onTagObj;
//       }
//       const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
//       if (tagName)
//         node.tag = tagName;
//       else if (!tagObj.default)
//         node.tag = tagObj.tag;
//       if (ref)
//         ref.node = node;
//       return node;
//     }
//     exports2.createNode = createNode;
//   }
// });
// 
// // node_modules/yaml/dist/nodes/Collection.js
// var require_Collection = __commonJS({
//   "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
//     "use strict";
//     var createNode = require_createNode();
//     var identity = require_identity();
//     var Node = require_Node();
//     function collectionFromPath(schema, path, value) {
//       let v = value;
//       for (let i = path.length - 1; i >= 0; --i) {
//         const k = path[i];
//         if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
//           const a = [];
//           a[k] = v;
//           v = a;
//         } else {
//           v = /* @__PURE__ */ new Map([[k, v]]);
//         }
//       }
//       return createNode.createNode(v, void 0, {
//         aliasDuplicateObjects: false,
//         keepUndefined: false,
//         onAnchor: () => {
//           throw new Error("This should not happen, please report a bug.");
//         },
//         schema,
//         sourceObjects: /* @__PURE__ */ new Map()
//       });
//     }
//     var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
//     var Collection = class extends Node.NodeBase {
//       constructor(type, schema) {
//         super(type);
//         Object.defineProperty(this, "schema", {
//           value: schema,
//           configurable: true,
//           enumerable: false,
//           writable: true
//         });
//       }
//       /**
//        * Create a copy of this collection.
//        *
//        * @param schema - If defined, overwrites the original's schema
//        */
//       clone(schema) {
//         const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
//         if (schema)
//           copy.schema = schema;
//         copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
//         if (this.range)
//           copy.range = this.range.slice();
//         return copy;
//       }
//       /**
//        * Adds a value to the collection. For `!!map` and `!!omap` the value must
//        * be a Pair instance or a `{ key, value }` object, which may not have a key
//        * that already exists in the map.
//        */
//       addIn(path, value) {
//         if (isEmptyPath(path))
//           this.add(value);
//         else {
//           const [key, ...rest] = path;
//           const node = this.get(key, true);
//           if (identity.isCollection(node))
//             node.addIn(rest, value);
//           else if (node === void 0 && this.schema)
//             this.set(key, collectionFromPath(this.schema, rest, value));
//           else
//             throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
//         }
//       }
//       /**
//        * Removes a value from the collection.
//        * @returns `true` if the item was found and removed.
//        */
//       deleteIn(path) {
//         const [key, ...rest] = path;
//         if (rest.length === 0)
//           return this.delete(key);
//         const node = this.get(key, true);
//         if (identity.isCollection(node))
//           return node.deleteIn(rest);
//         else
//           throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
//       }
//       /**
//        * Returns item at `key`, or `undefined` if not found. By default unwraps
//        * scalar values from their surrounding node; to disable set `keepScalar` to
//        * `true` (collections are always returned intact).
//        */
//       getIn(path, keepScalar) {
//         const [key, ...rest] = path;
//         const node = this.get(key, true);
//         if (rest.length === 0)
//           return !keepScalar && identity.isScalar(node) ? node.value : node;
//         else
//           return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
//       }
//       hasAllNullValues(allowScalar) {
//         return this.items.every((node) => {
//           if (!identity.isPair(node))
//             return false;
//           const n = node.value;
//           return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
//         });
//       }
//       /**
//        * Checks if the collection includes a value with the key `key`.
//        */
//       hasIn(path) {
//         const [key, ...rest] = path;
//         if (rest.length === 0)
//           return this.has(key);
//         const node = this.get(key, true);
//         return identity.isCollection(node) ? node.hasIn(rest) : false;
//       }
//       /**
//        * Sets a value in this collection. For `!!set`, `value` needs to be a
//        * boolean to add/remove the item from the set.
//        */
//       setIn(path, value) {
//         const [key, ...rest] = path;
//         if (rest.length === 0) {
//           this.set(key, value);
//         } else {
//           const node = this.get(key, true);
//           if (identity.isCollection(node))
//             node.setIn(rest, value);
//           else if (node === void 0 && this.schema)
//             this.set(key, collectionFromPath(this.schema, rest, value));
//           else
//             throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
//         }
//       }
//     };
//     exports2.Collection = Collection;
//     exports2.collectionFromPath = collectionFromPath;
//     exports2.isEmptyPath = isEmptyPath;
//   }
// });
// 
// // node_modules/yaml/dist/stringify/stringifyComment.js
// var require_stringifyComment = __commonJS({
//   "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
//     "use strict";
//     var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
//     function indentComment(comment, indent) {
//       if (/^\n+$/.test(comment))
//         return comment.substring(1);
//       return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
//     }
//     var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
//     exports2.indentComment = indentComment;
//     exports2.lineComment = lineComment;
//     exports2.stringifyComment = stringifyComment;
//   }
// });
// 
// // node_modules/yaml/dist/stringify/foldFlowLines.js
// var require_foldFlowLines = __commonJS({
//   "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
//     "use strict";
//     var FOLD_FLOW = "flow";
//     var FOLD_BLOCK = "block";
//     var FOLD_QUOTED = "quoted";
//     function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
//       if (!lineWidth || lineWidth < 0)
//         return text;
//       if (lineWidth < minContentWidth)
//         minContentWidth = 0;
//       const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
//       if (text.length <= endStep)
//         return text;
//       const folds = [];
//       const escapedFolds = {};
//       let end = lineWidth - indent.length;
//       if (typeof indentAtStart === "number") {
//         if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
//           folds.push(0);
//         else
//           end = lineWidth - indentAtStart;
//       }
//       let split = void 0;
//       let prev = void 0;
//       let overflow = false;
//       let i = -1;
//       let escStart = -1;
//       let escEnd = -1;
//       if (mode === FOLD_BLOCK) {
//         i = consumeMoreIndentedLines(text, i, indent.length);
//         if (i !== -1)
//           end = i + endStep;
//       }
//       for (let ch; ch = text[i += 1]; ) {
//         if (mode === FOLD_QUOTED && ch === "\\") {
//           escStart = i;
//           switch (text[i + 1]) {
//             case "x":
//               i += 3;
//               break;
//             case "u":
//               i += 5;
//               break;
//             case "U":
//               i += 9;
//               break;
//             default:
//               i += 1;
//           }
//           escEnd = i;
//         }
//         if (ch === "\n") {
//           if (mode === FOLD_BLOCK)
//             i = consumeMoreIndentedLines(text, i, indent.length);
//           end = i + indent.length + endStep;
//           split = void 0;
//         } else {
//           if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
//             const next = text[i + 1];
//             if (next && next !== " " && next !== "\n" && next !== "	")
//               split = i;
//           }
//           if (i >= end) {
//             if (split) {
//               folds.push(split);
//               end = split + endStep;
//               split = void 0;
//             } else if (mode === FOLD_QUOTED) {
//               while (prev === " " || prev === "	") {
//                 prev = ch;
//                 ch = text[i += 1];
//                 overflow = true;
//               }
//               const j = i > escEnd + 1 ? i - 2 : escStart - 1;
//               if (escapedFolds[j])
//                 return text;
//               folds.push(j);
//               escapedFolds[j] = true;
//               end = j + endStep;
//               split = void 0;
//             } else {
//               overflow = true;
//             }
//           }
//         }
//         prev = ch;
//       }
//       if (overflow && onOverflow)
//         onOverflow();
//       if (folds.length === 0)
//         return text;
//       if (onFold)
//         onFold();
//       let res = text.slice(0, folds[0]);
//       for (let i2 = 0; i2 < folds.length; ++i2) {
//         const fold = folds[i2];
//         const end2 = folds[i2 + 1] || text.length;
//         if (fold === 0)
//           res = `
// ${indent}${text.slice(0, end2)}`;
//         else {
//           if (mode === FOLD_QUOTED && escapedFolds[fold])
//             res += `${text[fold]}\\`;
//           res += `
// ${indent}${text.slice(fold + 1, end2)}`;
//         }
//       }
//       return res;
//     }
//     function consumeMoreIndentedLines(text, i, indent) {
//       let end = i;
//       let start = i + 1;
//       let ch = text[start];
//       while (ch === " " || ch === "	") {
//         if (i < start + indent) {
//           ch = text[++i];
//         } else {
//           do {
//             ch = text[++i];
//           } while (ch && ch !== "\n");
//           end = i;
//           start = i + 1;
//           ch = text[start];
//         }
//       }
//       return end;
//     }
//     exports2.FOLD_BLOCK = FOLD_BLOCK;
//     exports2.FOLD_FLOW = FOLD_FLOW;
//     exports2.FOLD_QUOTED = FOLD_QUOTED;
//     exports2.foldFlowLines = foldFlowLines;
//   }
// });
// 
// // node_modules/yaml/dist/stringify/stringifyString.js
// var require_stringifyString = __commonJS({
//   "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
//     "use strict";
//     var Scalar2 = require_Scalar();
//     var foldFlowLines = require_foldFlowLines();
//     var getFoldOptions = (ctx, isBlock) => ({
//       indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
//       lineWidth: ctx.options.lineWidth,
//       minContentWidth: ctx.options.minContentWidth
//     });
//     var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
//     function lineLengthOverLimit(str, lineWidth, indentLength) {
//       if (!lineWidth || lineWidth < 0)
//         return false;
//       const limit = lineWidth - indentLength;
//       const strLen = str.length;
//       if (strLen <= limit)
//         return false;
//       for (let i = 0, start = 0; i < strLen; ++i) {
//         if (str[i] === "\n") {
//           if (i - start > limit)
//             return true;
//           start = i + 1;
//           if (strLen - start <= limit)
//             return false;
//         }
//       }
//       return true;
//     }
//     function doubleQuotedString(value, ctx) {
//       const json = JSON.stringify(value);
//       if (ctx.options.doubleQuotedAsJSON)
//         return json;
//       const { implicitKey } = ctx;
//       const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
//       const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
//       let str = "";
//       let start = 0;
//       for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
//         if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
//           str += json.slice(start, i) + "\\ ";
//           i += 1;
//           start = i;
//           ch = "\\";
//         }
//         if (ch === "\\")
//           switch (json[i + 1]) {
//             case "u":
//               {
//                 str += json.slice(start, i);
//                 const code = json.substr(i + 2, 4);
//                 switch (code) {
//                   case "0000":
//                     str += "\\0";
//                     break;
//                   case "0007":
//                     str += "\\a";
//                     break;
//                   case "000b":
//                     str += "\\v";
//                     break;
//                   case "001b":
//                     str += "\\e";
//                     break;
//                   case "0085":
//                     str += "\\N";
//                     break;
//                   case "00a0":
//                     str += "\\_";
//                     break;
//                   case "2028":
//                     str += "\\L";
//                     break;
//                   case "2029":
//                     str += "\\P";
//                     break;
//                   default:
//                     if (code.substr(0, 2) === "00")
//                       str += "\\x" + code.substr(2);
//                     else
//                       str += json.substr(i, 6);
//                 }
//                 i += 5;
//                 start = i + 1;
//               }
//               break;
//             case "n":
//               if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
//                 i += 1;
//               } else {
//                 str += json.slice(start, i) + "\n\n";
//                 while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
//                   str += "\n";
//                   i += 2;
//                 }
//                 str += indent;
//                 if (json[i + 2] === " ")
//                   str += "\\";
//                 i += 1;
//                 start = i + 1;
//               }
//               break;
//             default:
//               i += 1;
//           }
//       }
//       str = start ? str + json.slice(start) : json;
//       return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
//     }
//     function singleQuotedString(value, ctx) {
//       if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
//         return doubleQuotedString(value, ctx);
//       const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
//       const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
// ${indent}`) + "'";
//       return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
//     }
//     function quotedString(value, ctx) {
//       const { singleQuote } = ctx.options;
//       let qs;
//       if (singleQuote === false)
//         qs = doubleQuotedString;
//       else {
//         const hasDouble = value.includes('"');
//         const hasSingle = value.includes("'");
//         if (hasDouble && !hasSingle)
//           qs = singleQuotedString;
//         else if (hasSingle && !hasDouble)
//           qs = doubleQuotedString;
//         else
//           qs = singleQuote ? singleQuotedString : doubleQuotedString;
//       }
//       return qs(value, ctx);
//     }
//     var blockEndNewlines;
//     try {
//       blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
//     } catch {
//       blockEndNewlines = /\n+(?!\n|$)/g;
//     }
//     function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
//       const { blockQuote, commentString, lineWidth } = ctx.options;
//       if (!blockQuote || /\n[\t ]+$/.test(value)) {
//         return quotedString(value, ctx);
//       }
//       const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
//       const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
//       if (!value)
//         return literal ? "|\n" : ">\n";
//       let chomp;
//       let endStart;
//       for (endStart = value.length; endStart > 0; --endStart) {
//         const ch = value[endStart - 1];
//         if (ch !== "\n" && ch !== "	" && ch !== " ")
//           break;
//       }
//       let end = value.substring(endStart);
//       const endNlPos = end.indexOf("\n");
//       if (endNlPos === -1) {
//         chomp = "-";
//       } else if (value === end || endNlPos !== end.length - 1) {
//         chomp = "+";
//         if (onChompKeep)
//           onChompKeep();
//       } else {
//         chomp = "";
//       }
//       if (end) {
//         value = value.slice(0, -end.length);
//         if (end[end.length - 1] === "\n")
//           end = end.slice(0, -1);
//         end = end.replace(blockEndNewlines, `$&${indent}`);
//       }
//       let startWithSpace = false;
//       let startEnd;
//       let startNlPos = -1;
//       for (startEnd = 0; startEnd < value.length; ++startEnd) {
//         const ch = value[startEnd];
//         if (ch === " ")
//           startWithSpace = true;
//         else if (ch === "\n")
//           startNlPos = startEnd;
//         else
//           break;
//       }
//       let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
//       if (start) {
//         value = value.substring(start.length);
//         start = start.replace(/\n+/g, `$&${indent}`);
//       }
//       const indentSize = indent ? "2" : "1";
//       let header = (startWithSpace ? indentSize : "") + chomp;
//       if (comment) {
//         header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
//         if (onComment)
//           onComment();
//       }
//       if (!literal) {
//         const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
//         let literalFallback = false;
//         const foldOptions = getFoldOptions(ctx, true);
//         if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
//           foldOptions.onOverflow = () => {
//             literalFallback = true;
//           };
//         }
//         const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
//         if (!literalFallback)
//           return `>${header}
// ${indent}${body}`;
//       }
//       value = value.replace(/\n+/g, `$&${indent}`);
//       return `|${header}
// ${indent}${start}${value}${end}`;
//     }
//     function plainString(item, ctx, onComment, onChompKeep) {
//       const { type, value } = item;
//       const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
//       if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
//         return quotedString(value, ctx);
//       }
//       if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
//         return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
//       }
//       if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
//         return blockString(item, ctx, onComment, onChompKeep);
//       }
//       if (containsDocumentMarker(value)) {
//         if (indent === "") {
//           ctx.forceBlockIndent = true;
//           return blockString(item, ctx, onComment, onChompKeep);
//         } else if (implicitKey && indent === indentStep) {
//           return quotedString(value, ctx);
//         }
//       }
//       const str = value.replace(/\n+/g, `$&
// ${indent}`);
//       if (actualString) {
//         const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
//         const { compat, tags } = ctx.doc.schema;
//         if (tags.some(test) || compat?.some(test))
//           return quotedString(value, ctx);
//       }
//       return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
//     }
//     function stringifyString(item, ctx, onComment, onChompKeep) {
//       const { implicitKey, inFlow } = ctx;
//       const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
//       let { type } = item;
//       if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
//         if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
//           type = Scalar2.Scalar.QUOTE_DOUBLE;
//       }
//       const _stringify = (_type) => {
//         switch (_type) {
//           case Scalar2.Scalar.BLOCK_FOLDED:
//           case Scalar2.Scalar.BLOCK_LITERAL:
//             return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
//           case Scalar2.Scalar.QUOTE_DOUBLE:
//             return doubleQuotedString(ss.value, ctx);
//           case Scalar2.Scalar.QUOTE_SINGLE:
//             return singleQuotedString(ss.value, ctx);
//           case Scalar2.Scalar.PLAIN:
//             return plainString(ss, ctx, onComment, onChompKeep);
//           default:
//             return null;
//         }
//       };
//       let res = _stringify(type);
//       if (res === null) {
//         const { defaultKeyType, defaultStringType } = ctx.options;
//         const t = implicitKey && defaultKeyType || defaultStringType;
//         res = _stringify(t);
//         if (res === null)
//           throw new Error(`Unsupported default string type ${t}`);
//       }
//       return res;
//     }
//     exports2.stringifyString = stringifyString;
//   }
// });
// 
// // node_modules/yaml/dist/stringify/stringify.js
// var require_stringify = __commonJS({
//   "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
//     "use strict";
//     var anchors = require_anchors();
//     var identity = require_identity();
//     var stringifyComment = require_stringifyComment();
//     var stringifyString = require_stringifyString();
//     function createStringifyContext(doc, options) {
//       const opt = Object.assign({
//         blockQuote: true,
//         commentString: stringifyComment.stringifyComment,
//         defaultKeyType: null,
//         defaultStringType: "PLAIN",
//         directives: null,
//         doubleQuotedAsJSON: false,
//         doubleQuotedMinMultiLineLength: 40,
//         falseStr: "false",
//         flowCollectionPadding: true,
//         indentSeq: true,
//         lineWidth: 80,
//         minContentWidth: 20,
//         nullStr: "null",
//         simpleKeys: false,
//         singleQuote: null,
//         trailingComma: false,
//         trueStr: "true",
//         verifyAliasOrder: true
//       }, doc.schema.toStringOptions, options);
//       let inFlow;
//       switch (opt.collectionStyle) {
//         case "block":
//           inFlow = false;
//           break;
//         case "flow":
//           inFlow = true;
//           break;
//         default:
//           inFlow = null;
//       }
//       return {
//         anchors: /* @__PURE__ */ new Set(),
//         doc,
//         flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
//         indent: "",
//         indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
//         inFlow,
//         options: opt
//       };
//     }
//     function getTagObject(tags, item) {
//       if (item.tag) {
//         const match = tags.filter((t) => t.tag === item.tag);
//         if (match.length > 0)
//           return match.find((t) => t.format === item.format) ?? match[0];
//       }
//       let tagObj = void 0;
//       let obj;
//       if (identity.isScalar(item)) {
//         obj = item.value;
//         let match = tags.filter((t) => t.identify?.(obj));
//         if (match.length > 1) {
//           const testMatch = match.filter((t) => t.test);
//           if (testMatch.length > 0)
//             match = testMatch;
//         }
//         tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
//       } else {
//         obj = item;
//         tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
//       }
//       if (!tagObj) {
//         const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
//         throw new Error(`Tag not resolved for ${name} value`);
//       }
//       return tagObj;
//     }
//     function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
//       if (!doc.directives)
//         return "";
//       const props = [];
//       const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
//       if (anchor && anchors.anchorIsValid(anchor)) {
//         anchors$1.add(anchor);
//         props.push(`&${anchor}`);
//       }
//       const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
//       if (tag)
//         props.push(doc.directives.tagString(tag));
//       return props.join(" ");
//     }
//     function stringify2(item, ctx, onComment, onChompKeep) {
//       if (identity.isPair(item))
//         return item.toString(ctx, onComment, onChompKeep);
//       if (identity.isAlias(item)) {
//         if (ctx.doc.directives)
//           return item.toString(ctx);
//         if (ctx.resolvedAliases?.has(item)) {
//           throw new TypeError(`Cannot stringify circular structure without alias nodes`);
//         } else {
//           if (ctx.resolvedAliases)
//             ctx.resolvedAliases.add(item);
//           else
//             ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
//           item = item.resolve(ctx.doc);
//         }
//       }
//       let tagObj = void 0;
//       const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
//       tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
//       const props = stringifyProps(node, tagObj, ctx);
//       if (props.length > 0)
//         ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
//       const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
//       if (!props)
//         return str;
//       return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
// ${ctx.indent}${str}`;
//     }
//     exports2.createStringifyContext = createStringifyContext;
//     exports2.stringify = stringify2;
//   }
// });
// 
// // node_modules/yaml/dist/stringify/stringifyPair.js
// var require_stringifyPair = __commonJS({
//   "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var Scalar2 = require_Scalar();
//     var stringify2 = require_stringify();
//     var stringifyComment = require_stringifyComment();
//     function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
//       const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
//       let keyComment = identity.isNode(key) && key.comment || null;
//       if (simpleKeys) {
//         if (keyComment) {
//           throw new Error("With simple keys, key nodes cannot have comments");
//         }
//         if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
//           const msg = "With simple keys, collection cannot be used as a key value";
//           throw new Error(msg);
//         }
//       }
//       let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
//       ctx = Object.assign({}, ctx, {
//         allNullValues: false,
//         implicitKey: !explicitKey && (simpleKeys || !allNullValues),
//         indent: indent + indentStep
//       });
//       let keyCommentDone = false;
//       let chompKeep = false;
//       let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
//       if (!explicitKey && !ctx.inFlow && str.length > 1024) {
//         if (simpleKeys)
//           throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
//         explicitKey = true;
//       }
//       if (ctx.inFlow) {
//         if (allNullValues || value == null) {
//           if (keyCommentDone && onComment)
//             onComment();
//           return str === "" ? "?" : explicitKey ? `? ${str}` : str;
//         }
//       } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
//         str = `? ${str}`;
//         if (keyComment && !keyCommentDone) {
//           str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
//         } else if (chompKeep && onChompKeep)
//           onChompKeep();
//         return str;
//       }
//       if (keyCommentDone)
//         keyComment = null;
//       if (explicitKey) {
//         if (keyComment)
//           str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
//         str = `? ${str}
// ${indent}:`;
//       } else {
//         str = `${str}:`;
//         if (keyComment)
//           str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
//       }
//       let vsb, vcb, valueComment;
//       if (identity.isNode(value)) {
//         vsb = !!value.spaceBefore;
//         vcb = value.commentBefore;
//         valueComment = value.comment;
//       } else {
//         vsb = false;
//         vcb = null;
//         valueComment = null;
//         if (value && typeof value === "object")
//           value = doc.createNode(value);
//       }
//       ctx.implicitKey = false;
//       if (!explicitKey && !keyComment && identity.isScalar(value))
//         ctx.indentAtStart = str.length + 1;
//       chompKeep = false;
//       if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
//         ctx.indent = ctx.indent.substring(2);
//       }
//       let valueCommentDone = false;
//       const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
//       let ws = " ";
//       if (keyComment || vsb || vcb) {
//         ws = vsb ? "\n" : "";
//         if (vcb) {
//           const cs = commentString(vcb);
//           ws += `
// ${stringifyComment.indentComment(cs, ctx.indent)}`;
//         }
//         if (valueStr === "" && !ctx.inFlow) {
//           if (ws === "\n" && valueComment)
//             ws = "\n\n";
//         } else {
//           ws += `
// ${ctx.indent}`;
//         }
//       } else if (!explicitKey && identity.isCollection(value)) {
//         const vs0 = valueStr[0];
//         const nl0 = valueStr.indexOf("\n");
//         const hasNewline = nl0 !== -1;
//         const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
//         if (hasNewline || !flow) {
//           let hasPropsLine = false;
//           if (hasNewline && (vs0 === "&" || vs0 === "!")) {
//             let sp0 = valueStr.indexOf(" ");
//             if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
//               sp0 = valueStr.indexOf(" ", sp0 + 1);
//             }
//             if (sp0 === -1 || nl0 < sp0)
//               hasPropsLine = true;
//           }
//           if (!hasPropsLine)
//             ws = `
// ${ctx.indent}`;
//         }
//       } else if (valueStr === "" || valueStr[0] === "\n") {
//         ws = "";
//       }
//       str += ws + valueStr;
//       if (ctx.inFlow) {
//         if (valueCommentDone && onComment)
//           onComment();
//       } else if (valueComment && !valueCommentDone) {
//         str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
//       } else if (chompKeep && onChompKeep) {
//         onChompKeep();
//       }
//       return str;
//     }
//     exports2.stringifyPair = stringifyPair;
//   }
// });
// 
// // node_modules/yaml/dist/log.js
// var require_log = __commonJS({
//   "node_modules/yaml/dist/log.js"(exports2) {
//     "use strict";
//     var node_process = require("process");
//     function debug(logLevel, ...messages) {
//       if (logLevel === "debug")
//         console.log(...messages);
//     }
//     function warn(logLevel, warning) {
//       if (logLevel === "debug" || logLevel === "warn") {
//         if (typeof node_process.emitWarning === "function")
//           node_process.emitWarning(warning);
//         else
//           console.warn(warning);
//       }
//     }
//     exports2.debug = debug;
//     exports2.warn = warn;
//   }
// });
// 
// // node_modules/yaml/dist/schema/yaml-1.1/merge.js
// var require_merge = __commonJS({
//   "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var Scalar2 = require_Scalar();
//     var MERGE_KEY = "<<";
//     var merge = {
//       identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
//       default: "key",
//       tag: "tag:yaml.org,2002:merge",
//       test: /^<<$/,
//       resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
//         addToJSMap: addMergeToJSMap
//       }),
//       stringify: () => MERGE_KEY
//     };
//     var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
//     function addMergeToJSMap(ctx, map, value) {
//       const source = resolveAliasValue(ctx, value);
//       if (identity.isSeq(source))
//         for (const it of source.items)
//           mergeValue(ctx, map, it);
//       else if (Array.isArray(source))
//         for (const it of source)
//           mergeValue(ctx, map, it);
//       else
//         mergeValue(ctx, map, source);
//     }
//     function mergeValue(ctx, map, value) {
//       const source = resolveAliasValue(ctx, value);
//       if (!identity.isMap(source))
//         throw new Error("Merge sources must be maps or map aliases");
//       const srcMap = source.toJSON(null, ctx, Map);
//       for (const [key, value2] of srcMap) {
//         if (map instanceof Map) {
//           if (!map.has(key))
//             map.set(key, value2);
//         } else if (map instanceof Set) {
//           map.add(key);
//         } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
//           Object.defineProperty(map, key, {
//             value: value2,
//             writable: true,
//             enumerable: true,
//             configurable: true
//           });
//         }
//       }
//       return map;
//     }
//     function resolveAliasValue(ctx, value) {
//       return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
//     }
//     exports2.addMergeToJSMap = addMergeToJSMap;
//     exports2.isMergeKey = isMergeKey;
//     exports2.merge = merge;
//   }
// });
// 
// // node_modules/yaml/dist/nodes/addPairToJSMap.js
// var require_addPairToJSMap = __commonJS({
//   "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
//     "use strict";
//     var log = require_log();
//     var merge = require_merge();
//     var stringify2 = require_stringify();
//     var identity = require_identity();
//     var toJS = require_toJS();
//     function addPairToJSMap(ctx, map, { key, value }) {
//       if (identity.isNode(key) && key.addToJSMap)
//         key.addToJSMap(ctx, map, value);
//       else if (merge.isMergeKey(ctx, key))
//         merge.addMergeToJSMap(ctx, map, value);
//       else {
//         const jsKey = toJS.toJS(key, "", ctx);
//         if (map instanceof Map) {
//           map.set(jsKey, toJS.toJS(value, jsKey, ctx));
//         } else if (map instanceof Set) {
//           map.add(jsKey);
//         } else {
//           const stringKey = stringifyKey(key, jsKey, ctx);
//           const jsValue = toJS.toJS(value, stringKey, ctx);
//           if (stringKey in map)
//             Object.defineProperty(map, stringKey, {
//               value: jsValue,
//               writable: true,
//               enumerable: true,
//               configurable: true
//             });
//           else
//             map[stringKey] = jsValue;
//         }
//       }
//       return map;
//     }
//     function stringifyKey(key, jsKey, ctx) {
//       if (jsKey === null)
//         return "";
//       if (typeof jsKey !== "object")
//         return String(jsKey);
//       if (identity.isNode(key) && ctx?.doc) {
//         const strCtx = stringify2.createStringifyContext(ctx.doc, {});
//         strCtx.anchors = /* @__PURE__ */ new Set();
//         for (const node of ctx.anchors.keys())
//           strCtx.anchors.add(node.anchor);
//         strCtx.inFlow = true;
//         strCtx.inStringifyKey = true;
//         const strKey = key.toString(strCtx);
//         if (!ctx.mapKeyWarned) {
//           let jsonStr = JSON.stringify(strKey);
//           if (jsonStr.length > 40)
//             jsonStr = jsonStr.substring(0, 36) + '..."';
//           log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
//           ctx.mapKeyWarned = true;
//         }
//         return strKey;
//       }
//       return JSON.stringify(jsKey);
//     }
//     exports2.addPairToJSMap = addPairToJSMap;
//   }
// });
// 
// // node_modules/yaml/dist/nodes/Pair.js
// var require_Pair = __commonJS({
//   "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
//     "use strict";
//     var createNode = require_createNode();
//     var stringifyPair = require_stringifyPair();
//     var addPairToJSMap = require_addPairToJSMap();
//     var identity = require_identity();
//     function createPair(key, value, ctx) {
//       const k = createNode.createNode(key, void 0, ctx);
//       const v = createNode.createNode(value, void 0, ctx);
//       return new Pair2(k, v);
//     }
//     var Pair2 = class _Pair {
//       constructor(key, value = null) {
//         Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
//         this.key = key;
//         this.value = value;
//       }
//       clone(schema) {
//         let { key, value } = this;
//         if (identity.isNode(key))
//           key = key.clone(schema);
//         if (identity.isNode(value))
//           value = value.clone(schema);
//         return new _Pair(key, value);
//       }
//       toJSON(_, ctx) {
//         const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
//         return addPairToJSMap.addPairToJSMap(ctx, pair, this);
//       }
//       toString(ctx, onComment, onChompKeep) {
//         return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
//       }
//     };
//     exports2.Pair = Pair2;
//     exports2.createPair = createPair;
//   }
// });
// 
// // node_modules/yaml/dist/stringify/stringifyCollection.js
// var require_stringifyCollection = __commonJS({
//   "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var stringify2 = require_stringify();
//     var stringifyComment = require_stringifyComment();
//     function stringifyCollection(collection, ctx, options) {
//       const flow = ctx.inFlow ?? collection.flow;
//       const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
//       return stringify3(collection, ctx, options);
//     }
//     function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
//       const { indent, options: { commentString } } = ctx;
//       const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
//       let chompKeep = false;
//       const lines = [];
//       for (let i = 0; i < items.length; ++i) {
//         const item = items[i];
//         let comment2 = null;
//         if (identity.isNode(item)) {
//           if (!chompKeep && item.spaceBefore)
//             lines.push("");
//           addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
//           if (item.comment)
//             comment2 = item.comment;
//         } else if (identity.isPair(item)) {
//           const ik = identity.isNode(item.key) ? item.key : null;
//           if (ik) {
//             if (!chompKeep && ik.spaceBefore)
//               lines.push("");
//             addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
//           }
//         }
//         chompKeep = false;
//         let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
//         if (comment2)
//           str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
//         if (chompKeep && comment2)
//           chompKeep = false;
//         lines.push(blockItemPrefix + str2);
//       }
//       let str;
//       if (lines.length === 0) {
//         str = flowChars.start + flowChars.end;
//       } else {
//         str = lines[0];
//         for (let i = 1; i < lines.length; ++i) {
//           const line = lines[i];
//           str += line ? `
// ${indent}${line}` : "\n";
//         }
//       }
//       if (comment) {
//         str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
//         if (onComment)
//           onComment();
//       } else if (chompKeep && onChompKeep)
//         onChompKeep();
//       return str;
//     }
//     function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
//       const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
//       itemIndent += indentStep;
//       const itemCtx = Object.assign({}, ctx, {
//         indent: itemIndent,
//         inFlow: true,
//         type: null
//       });
//       let reqNewline = false;
//       let linesAtValue = 0;
//       const lines = [];
//       for (let i = 0; i < items.length; ++i) {
//         const item = items[i];
//         let comment = null;
//         if (identity.isNode(item)) {
//           if (item.spaceBefore)
//             lines.push("");
//           addCommentBefore(ctx, lines, item.commentBefore, false);
//           if (item.comment)
//             comment = item.comment;
//         } else if (identity.isPair(item)) {
//           const ik = identity.isNode(item.key) ? item.key : null;
//           if (ik) {
//             if (ik.spaceBefore)
//               lines.push("");
//             addCommentBefore(ctx, lines, ik.commentBefore, false);
//             if (ik.comment)
//               reqNewline = true;
//           }
//           const iv = identity.isNode(item.value) ? item.value : null;
//           if (iv) {
//             if (iv.comment)
//               comment = iv.comment;
//             if (iv.commentBefore)
//               reqNewline = true;
//           } else if (item.value == null && ik?.comment) {
//             comment = ik.comment;
//           }
//         }
//         if (comment)
//           reqNewline = true;
//         let str = stringify2.stringify(item, itemCtx, () => comment = null);
//         reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
//         if (i < items.length - 1) {
//           str += ",";
//         } else if (ctx.options.trailingComma) {
//           if (ctx.options.lineWidth > 0) {
//             reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
//           }
//           if (reqNewline) {
//             str += ",";
//           }
//         }
//         if (comment)
//           str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
//         lines.push(str);
//         linesAtValue = lines.length;
//       }
//       const { start, end } = flowChars;
//       if (lines.length === 0) {
//         return start + end;
//       } else {
//         if (!reqNewline) {
//           const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
//           reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
//         }
//         if (reqNewline) {
//           let str = start;
//           for (const line of lines)
//             str += line ? `
// ${indentStep}${indent}${line}` : "\n";
//           return `${str}
// ${indent}${end}`;
//         } else {
//           return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
//         }
//       }
//     }
//     function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
//       if (comment && chompKeep)
//         comment = comment.replace(/^\n+/, "");
//       if (comment) {
//         const ic = stringifyComment.indentComment(commentString(comment), indent);
//         lines.push(ic.trimStart());
//       }
//     }
//     exports2.stringifyCollection = stringifyCollection;
//   }
// });
// 
// // node_modules/yaml/dist/nodes/YAMLMap.js
// var require_YAMLMap = __commonJS({
//   "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
//     "use strict";
//     var stringifyCollection = require_stringifyCollection();
//     var addPairToJSMap = require_addPairToJSMap();
//     var Collection = require_Collection();
//     var identity = require_identity();
//     var Pair2 = require_Pair();
//     var Scalar2 = require_Scalar();
//     function findPair(items, key) {
//       const k = identity.isScalar(key) ? key.value : key;
//       for (const it of items) {
//         if (identity.isPair(it)) {
//           if (it.key === key || it.key === k)
//             return it;
//           if (identity.isScalar(it.key) && it.key.value === k)
//             return it;
//         }
//       }
//       return void 0;
//     }
//     var YAMLMap2 = class extends Collection.Collection {
//       static get tagName() {
//         return "tag:yaml.org,2002:map";
//       }
//       constructor(schema) {
//         super(identity.MAP, schema);
//         this.items = [];
//       }
//       /**
//        * A generic collection parsing method that can be extended
//        * to other node classes that inherit from YAMLMap
//        */
//       static from(schema, obj, ctx) {
//         const { keepUndefined, replacer } = ctx;
//         const map = new this(schema);
//         const add = (key, value) => {
//           if (typeof replacer === "function")
//             value = replacer.call(obj, key, value);
//           else if (Array.isArray(replacer) && !replacer.includes(key))
//             return;
//           if (value !== void 0 || keepUndefined)
//             map.items.push(Pair2.createPair(key, value, ctx));
//         };
//         if (obj instanceof Map) {
//           for (const [key, value] of obj)
//             add(key, value);
//         } else if (obj && typeof obj === "object") {
//           for (const key of Object.keys(obj))
//             add(key, obj[key]);
//         }
//         if (typeof schema.sortMapEntries === "function") {
//           map.items.sort(schema.sortMapEntries);
//         }
//         return map;
//       }
//       /**
//        * Adds a value to the collection.
//        *
//        * @param overwrite - If not set `true`, using a key that is already in the
//        *   collection will throw. Otherwise, overwrites the previous value.
//        */
//       add(pair, overwrite) {
//         let _pair;
//         if (identity.isPair(pair))
//           _pair = pair;
//         else if (!pair || typeof pair !== "object" || !("key" in pair)) {
//           _pair = new Pair2.Pair(pair, pair?.value);
//         } else
//           _pair = new Pair2.Pair(pair.key, pair.value);
//         const prev = findPair(this.items, _pair.key);
//         const sortEntries = this.schema?.sortMapEntries;
//         if (prev) {
//           if (!overwrite)
//             throw new Error(`Key ${_pair.key} already set`);
//           if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
//             prev.value.value = _pair.value;
//           else
//             prev.value = _pair.value;
//         } else if (sortEntries) {
//           const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
//           if (i === -1)
//             this.items.push(_pair);
//           else
//             this.items.splice(i, 0, _pair);
//         } else {
//           this.items.push(_pair);
//         }
//       }
//       delete(key) {
//         const it = findPair(this.items, key);
//         if (!it)
//           return false;
//         const del = this.items.splice(this.items.indexOf(it), 1);
//         return del.length > 0;
//       }
//       get(key, keepScalar) {
//         const it = findPair(this.items, key);
//         const node = it?.value;
//         return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
//       }
//       has(key) {
//         return !!findPair(this.items, key);
//       }
//       set(key, value) {
//         this.add(new Pair2.Pair(key, value), true);
//       }
//       /**
//        * @param ctx - Conversion context, originally set in Document#toJS()
//        * @param {Class} Type - If set, forces the returned collection type
//        * @returns Instance of Type, Map, or Object
//        */
//       toJSON(_, ctx, Type) {
//         const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
//         if (ctx?.onCreate)
//           ctx.onCreate(map);
//         for (const item of this.items)
//           addPairToJSMap.addPairToJSMap(ctx, map, item);
//         return map;
//       }
//       toString(ctx, onComment, onChompKeep) {
//         if (!ctx)
//           return JSON.stringify(this);
//         for (const item of this.items) {
//           if (!identity.isPair(item))
//             throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
//         }
//         if (!ctx.allNullValues && this.hasAllNullValues(false))
//           ctx = Object.assign({}, ctx, { allNullValues: true });
//         return stringifyCollection.stringifyCollection(this, ctx, {
//           blockItemPrefix: "",
//           flowChars: { start: "{", end: "}" },
//           itemIndent: ctx.indent || "",
//           onChompKeep,
//           onComment
//         });
//       }
//     };
//     exports2.YAMLMap = YAMLMap2;
//     exports2.findPair = findPair;
//   }
// });
// 
// // node_modules/yaml/dist/schema/common/map.js
// var require_map = __commonJS({
//   "node_modules/yaml/dist/schema/common/map.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var YAMLMap2 = require_YAMLMap();
//     var map = {
//       collection: "map",
//       default: true,
//       nodeClass: YAMLMap2.YAMLMap,
//       tag: "tag:yaml.org,2002:map",
//       resolve(map2, onError) {
//         if (!identity.isMap(map2))
//           onError("Expected a mapping for this tag");
//         return map2;
//       },
//       createNode: (schema, obj, ctx) => YAMLMap2.YAMLMap.from(schema, obj, ctx)
//     };
//     exports2.map = map;
//   }
// });
// 
// // node_modules/yaml/dist/nodes/YAMLSeq.js
// var require_YAMLSeq = __commonJS({
//   "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
//     "use strict";
//     var createNode = require_createNode();
//     var stringifyCollection = require_stringifyCollection();
//     var Collection = require_Collection();
//     var identity = require_identity();
//     var Scalar2 = require_Scalar();
//     var toJS = require_toJS();
//     var YAMLSeq2 = class extends Collection.Collection {
//       static get tagName() {
//         return "tag:yaml.org,2002:seq";
//       }
//       constructor(schema) {
//         super(identity.SEQ, schema);
//         this.items = [];
//       }
//       add(value) {
//         this.items.push(value);
//       }
//       /**
//        * Removes a value from the collection.
//        *
//        * `key` must contain a representation of an integer for this to succeed.
//        * It may be wrapped in a `Scalar`.
//        *
//        * @returns `true` if the item was found and removed.
//        */
//       delete(key) {
//         const idx = asItemIndex(key);
//         if (typeof idx !== "number")
//           return false;
//         const del = this.items.splice(idx, 1);
//         return del.length > 0;
//       }
//       get(key, keepScalar) {
//         const idx = asItemIndex(key);
//         if (typeof idx !== "number")
//           return void 0;
//         const it = this.items[idx];
//         return !keepScalar && identity.isScalar(it) ? it.value : it;
//       }
//       /**
//        * Checks if the collection includes a value with the key `key`.
//        *
//        * `key` must contain a representation of an integer for this to succeed.
//        * It may be wrapped in a `Scalar`.
//        */
//       has(key) {
//         const idx = asItemIndex(key);
//         return typeof idx === "number" && idx < this.items.length;
//       }
//       /**
//        * Sets a value in this collection. For `!!set`, `value` needs to be a
//        * boolean to add/remove the item from the set.
//        *
//        * If `key` does not contain a representation of an integer, this will throw.
//        * It may be wrapped in a `Scalar`.
//        */
//       set(key, value) {
//         const idx = asItemIndex(key);
//         if (typeof idx !== "number")
//           throw new Error(`Expected a valid index, not ${key}.`);
//         const prev = this.items[idx];
//         if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
//           prev.value = value;
//         else
//           this.items[idx] = value;
//       }
//       toJSON(_, ctx) {
//         const seq = [];
//         if (ctx?.onCreate)
//           ctx.onCreate(seq);
//         let i = 0;
//         for (const item of this.items)
//           seq.push(toJS.toJS(item, String(i++), ctx));
//         return seq;
//       }
//       toString(ctx, onComment, onChompKeep) {
//         if (!ctx)
//           return JSON.stringify(this);
//         return stringifyCollection.stringifyCollection(this, ctx, {
//           blockItemPrefix: "- ",
//           flowChars: { start: "[", end: "]" },
//           itemIndent: (ctx.indent || "") + "  ",
//           onChompKeep,
//           onComment
//         });
//       }
//       static from(schema, obj, ctx) {
//         const { replacer } = ctx;
//         const seq = new this(schema);
//         if (obj && Symbol.iterator in Object(obj)) {
//           let i = 0;
//           for (let it of obj) {
//             if (typeof replacer === "function") {
//               const key = obj instanceof Set ? it : String(i++);
//               it = replacer.call(obj, key, it);
//             }
//             seq.items.push(createNode.createNode(it, void 0, ctx));
//           }
//         }
//         return seq;
//       }
//     };
//     function asItemIndex(key) {
//       let idx = identity.isScalar(key) ? key.value : key;
//       if (idx && typeof idx === "string")
//         idx = Number(idx);
//       return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
//     }
//     exports2.YAMLSeq = YAMLSeq2;
//   }
// });
// 
// // node_modules/yaml/dist/schema/common/seq.js
// var require_seq = __commonJS({
//   "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var YAMLSeq2 = require_YAMLSeq();
//     var seq = {
//       collection: "seq",
//       default: true,
//       nodeClass: YAMLSeq2.YAMLSeq,
//       tag: "tag:yaml.org,2002:seq",
//       resolve(seq2, onError) {
//         if (!identity.isSeq(seq2))
//           onError("Expected a sequence for this tag");
//         return seq2;
//       },
//       createNode: (schema, obj, ctx) => YAMLSeq2.YAMLSeq.from(schema, obj, ctx)
//     };
//     exports2.seq = seq;
//   }
// });
// 
// // node_modules/yaml/dist/schema/common/string.js
// var require_string = __commonJS({
//   "node_modules/yaml/dist/schema/common/string.js"(exports2) {
//     "use strict";
//     var stringifyString = require_stringifyString();
//     var string = {
//       identify: (value) => typeof value === "string",
//       default: true,
//       tag: "tag:yaml.org,2002:str",
//       resolve: (str) => str,
//       stringify(item, ctx, onComment, onChompKeep) {
//         ctx = Object.assign({ actualString: true }, ctx);
//         return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
//       }
//     };
//     exports2.string = string;
//   }
// });
// 
// // node_modules/yaml/dist/schema/common/null.js
// var require_null = __commonJS({
//   "node_modules/yaml/dist/schema/common/null.js"(exports2) {
//     "use strict";
//     var Scalar2 = require_Scalar();
//     var nullTag = {
//       identify: (value) => value == null,
//       createNode: () => new Scalar2.Scalar(null),
//       default: true,
//       tag: "tag:yaml.org,2002:null",
//       test: /^(?:~|[Nn]ull|NULL)?$/,
//       resolve: () => new Scalar2.Scalar(null),
//       stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
//     };
//     exports2.nullTag = nullTag;
//   }
// });
// 
// // node_modules/yaml/dist/schema/core/bool.js
// var require_bool = __commonJS({
//   "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
//     "use strict";
//     var Scalar2 = require_Scalar();
//     var boolTag = {
//       identify: (value) => typeof value === "boolean",
//       default: true,
//       tag: "tag:yaml.org,2002:bool",
//       test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
//       resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
//       stringify({ source, value }, ctx) {
//         if (source && boolTag.test.test(source)) {
//           const sv = source[0] === "t" || source[0] === "T";
//           if (value === sv)
//             return source;
//         }
//         return value ? ctx.options.trueStr : ctx.options.falseStr;
//       }
//     };
//     exports2.boolTag = boolTag;
//   }
// });
// 
// // node_modules/yaml/dist/stringify/stringifyNumber.js
// var require_stringifyNumber = __commonJS({
//   "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
//     "use strict";
//     function stringifyNumber({ format, minFractionDigits, tag, value }) {
//       if (typeof value === "bigint")
//         return String(value);
//       const num = typeof value === "number" ? value : Number(value);
//       if (!isFinite(num))
//         return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
//       let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
//       if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
//         let i = n.indexOf(".");
//         if (i < 0) {
//           i = n.length;
//           n += ".";
//         }
//         let d = minFractionDigits - (n.length - i - 1);
//         while (d-- > 0)
//           n += "0";
//       }
//       return n;
//     }
//     exports2.stringifyNumber = stringifyNumber;
//   }
// });
// 
// // node_modules/yaml/dist/schema/core/float.js
// var require_float = __commonJS({
//   "node_modules/yaml/dist/schema/core/float.js"(exports2) {
//     "use strict";
//     var Scalar2 = require_Scalar();
//     var stringifyNumber = require_stringifyNumber();
//     var floatNaN = {
//       identify: (value) => typeof value === "number",
//       default: true,
//       tag: "tag:yaml.org,2002:float",
//       test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
//       resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
//       stringify: stringifyNumber.stringifyNumber
//     };
//     var floatExp = {
//       identify: (value) => typeof value === "number",
//       default: true,
//       tag: "tag:yaml.org,2002:float",
//       format: "EXP",
//       test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
//       resolve: (str) => parseFloat(str),
//       stringify(node) {
//         const num = Number(node.value);
//         return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
//       }
//     };
//     var float = {
//       identify: (value) => typeof value === "number",
//       default: true,
//       tag: "tag:yaml.org,2002:float",
//       test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
//       resolve(str) {
//         const node = new Scalar2.Scalar(parseFloat(str));
//         const dot = str.indexOf(".");
//         if (dot !== -1 && str[str.length - 1] === "0")
//           node.minFractionDigits = str.length - dot - 1;
//         return node;
//       },
//       stringify: stringifyNumber.stringifyNumber
//     };
//     exports2.float = float;
//     exports2.floatExp = floatExp;
//     exports2.floatNaN = floatNaN;
//   }
// });
// 
// // node_modules/yaml/dist/schema/core/int.js
// var require_int = __commonJS({
//   "node_modules/yaml/dist/schema/core/int.js"(exports2) {
//     "use strict";
//     var stringifyNumber = require_stringifyNumber();
//     var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
//     var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
//     function intStringify(node, radix, prefix) {
//       const { value } = node;
//       if (intIdentify(value) && value >= 0)
//         return prefix + value.toString(radix);
//       return stringifyNumber.stringifyNumber(node);
//     }
//     var intOct = {
//       identify: (value) => intIdentify(value) && value >= 0,
//       default: true,
//       tag: "tag:yaml.org,2002:int",
//       format: "OCT",
//       test: /^0o[0-7]+$/,
//       resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
//       stringify: (node) => intStringify(node, 8, "0o")
//     };
//     var int = {
//       identify: intIdentify,
//       default: true,
//       tag: "tag:yaml.org,2002:int",
//       test: /^[-+]?[0-9]+$/,
//       resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
//       stringify: stringifyNumber.stringifyNumber
//     };
//     var intHex = {
//       identify: (value) => intIdentify(value) && value >= 0,
//       default: true,
//       tag: "tag:yaml.org,2002:int",
//       format: "HEX",
//       test: /^0x[0-9a-fA-F]+$/,
//       resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
//       stringify: (node) => intStringify(node, 16, "0x")
//     };
//     exports2.int = int;
//     exports2.intHex = intHex;
//     exports2.intOct = intOct;
//   }
// });
// 
// // node_modules/yaml/dist/schema/core/schema.js
// var require_schema = __commonJS({
//   "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
//     "use strict";
//     var map = require_map();
//     var _null = require_null();
//     var seq = require_seq();
//     var string = require_string();
//     var bool = require_bool();
//     var float = require_float();
//     var int = require_int();
//     var schema = [
//       map.map,
//       seq.seq,
//       string.string,
//       _null.nullTag,
//       bool.boolTag,
//       int.intOct,
//       int.int,
//       int.intHex,
//       float.floatNaN,
//       float.floatExp,
//       float.float
//     ];
//     exports2.schema = schema;
//   }
// });
// 
// // node_modules/yaml/dist/schema/json/schema.js
// var require_schema2 = __commonJS({
//   "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
//     "use strict";
//     var Scalar2 = require_Scalar();
//     var map = require_map();
//     var seq = require_seq();
//     function intIdentify(value) {
//       return typeof value === "bigint" || Number.isInteger(value);
//     }
//     var stringifyJSON = ({ value }) => JSON.stringify(value);
//     var jsonScalars = [
//       {
//         identify: (value) => typeof value === "string",
//         default: true,
//         tag: "tag:yaml.org,2002:str",
//         resolve: (str) => str,
//         stringify: stringifyJSON
//       },
//       {
//         identify: (value) => value == null,
//         createNode: () => new Scalar2.Scalar(null),
//         default: true,
//         tag: "tag:yaml.org,2002:null",
//         test: /^null$/,
//         resolve: () => null,
//         stringify: stringifyJSON
//       },
//       {
//         identify: (value) => typeof value === "boolean",
//         default: true,
//         tag: "tag:yaml.org,2002:bool",
//         test: /^true$|^false$/,
//         resolve: (str) => str === "true",
//         stringify: stringifyJSON
//       },
//       {
//         identify: intIdentify,
//         default: true,
//         tag: "tag:yaml.org,2002:int",
//         test: /^-?(?:0|[1-9][0-9]*)$/,
//         resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
//         stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
//       },
//       {
//         identify: (value) => typeof value === "number",
//         default: true,
//         tag: "tag:yaml.org,2002:float",
//         test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
//         resolve: (str) => parseFloat(str),
//         stringify: stringifyJSON
//       }
//     ];
//     var jsonError = {
//       default: true,
//       tag: "",
//       test: /^/,
//       resolve(str, onError) {
//         onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
//         return str;
//       }
//     };
//     var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
//     exports2.schema = schema;
//   }
// });
// 
// // node_modules/yaml/dist/schema/yaml-1.1/binary.js
// var require_binary = __commonJS({
//   "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
//     "use strict";
//     var node_buffer = require("buffer");
//     var Scalar2 = require_Scalar();
//     var stringifyString = require_stringifyString();
//     var binary = {
//       identify: (value) => value instanceof Uint8Array,
//       // Buffer inherits from Uint8Array
//       default: false,
//       tag: "tag:yaml.org,2002:binary",
//       /**
//        * Returns a Buffer in node and an Uint8Array in browsers
//        *
//        * To use the resulting buffer as an image, you'll want to do something like:
//        *
//        *   const blob = new Blob([buffer], { type: 'image/jpeg' })
//        *   document.querySelector('#photo').src = URL.createObjectURL(blob)
//        */
//       resolve(src, onError) {
//         if (typeof node_buffer.Buffer === "function") {
//           return node_buffer.Buffer.from(src, "base64");
//         } else if (typeof atob === "function") {
//           const str = atob(src.replace(/[\n\r]/g, ""));
//           const buffer = new Uint8Array(str.length);
//           for (let i = 0; i < str.length; ++i)
//             buffer[i] = str.charCodeAt(i);
//           return buffer;
//         } else {
//           onError("This environment does not support reading binary tags; either Buffer or atob is required");
//           return src;
//         }
//       },
//       stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
//         if (!value)
//           return "";
//         const buf = value;
//         let str;
//         if (typeof node_buffer.Buffer === "function") {
//           str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
//         } else if (typeof btoa === "function") {
//           let s = "";
//           for (let i = 0; i < buf.length; ++i)
//             s += String.fromCharCode(buf[i]);
//           str = btoa(s);
//         } else {
//           throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
//         }
//         type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
//         if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
//           const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
//           const n = Math.ceil(str.length / lineWidth);
//           const lines = new Array(n);
//           for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
//             lines[i] = str.substr(o, lineWidth);
//           }
//           str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
//         }
//         return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
//       }
//     };
//     exports2.binary = binary;
//   }
// });
// 
// // node_modules/yaml/dist/schema/yaml-1.1/pairs.js
// var require_pairs = __commonJS({
//   "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var Pair2 = require_Pair();
//     var Scalar2 = require_Scalar();
//     var YAMLSeq2 = require_YAMLSeq();
//     function resolvePairs(seq, onError) {
//       if (identity.isSeq(seq)) {
//         for (let i = 0; i < seq.items.length; ++i) {
//           let item = seq.items[i];
//           if (identity.isPair(item))
//             continue;
//           else if (identity.isMap(item)) {
//             if (item.items.length > 1)
//               onError("Each pair must have its own sequence indicator");
//             const pair = item.items[0] || new Pair2.Pair(new Scalar2.Scalar(null));
//             if (item.commentBefore)
//               pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
// ${pair.key.commentBefore}` : item.commentBefore;
//             if (item.comment) {
//               const cn = pair.value ?? pair.key;
//               cn.comment = cn.comment ? `${item.comment}
// ${cn.comment}` : item.comment;
//             }
//             item = pair;
//           }
//           seq.items[i] = identity.isPair(item) ? item : new Pair2.Pair(item);
//         }
//       } else
//         onError("Expected a sequence for this tag");
//       return seq;
//     }
//     function createPairs(schema, iterable, ctx) {
//       const { replacer } = ctx;
//       const pairs2 = new YAMLSeq2.YAMLSeq(schema);
//       pairs2.tag = "tag:yaml.org,2002:pairs";
//       let i = 0;
//       if (iterable && Symbol.iterator in Object(iterable))
//         for (let it of iterable) {
//           if (typeof replacer === "function")
//             it = replacer.call(iterable, String(i++), it);
//           let key, value;
//           if (Array.isArray(it)) {
//             if (it.length === 2) {
//               key = it[0];
//               value = it[1];
//             } else
//               throw new TypeError(`Expected [key, value] tuple: ${it}`);
//           } else if (it && it instanceof Object) {
//             const keys = Object.keys(it);
//             if (keys.length === 1) {
//               key = keys[0];
//               value = it[key];
//             } else {
//               throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
//             }
//           } else {
//             key = it;
//           }
//           pairs2.items.push(Pair2.createPair(key, value, ctx));
//         }
//       return pairs2;
//     }
//     var pairs = {
//       collection: "seq",
//       default: false,
//       tag: "tag:yaml.org,2002:pairs",
//       resolve: resolvePairs,
//       createNode: createPairs
//     };
//     exports2.createPairs = createPairs;
//     exports2.pairs = pairs;
//     exports2.resolvePairs = resolvePairs;
//   }
// });
// 
// // node_modules/yaml/dist/schema/yaml-1.1/omap.js
// var require_omap = __commonJS({
//   "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var toJS = require_toJS();
//     var YAMLMap2 = require_YAMLMap();
//     var YAMLSeq2 = require_YAMLSeq();
//     var pairs = require_pairs();
//     var YAMLOMap = class _YAMLOMap extends YAMLSeq2.YAMLSeq {
//       constructor() {
//         super();
//         this.add = YAMLMap2.YAMLMap.prototype.add.bind(this);
//         this.delete = YAMLMap2.YAMLMap.prototype.delete.bind(this);
//         this.get = YAMLMap2.YAMLMap.prototype.get.bind(this);
//         this.has = YAMLMap2.YAMLMap.prototype.has.bind(this);
//         this.set = YAMLMap2.YAMLMap.prototype.set.bind(this);
//         this.tag = _YAMLOMap.tag;
//       }
//       /**
//        * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
//        * but TypeScript won't allow widening the signature of a child method.
//        */
//       toJSON(_, ctx) {
//         if (!ctx)
//           return super.toJSON(_);
//         const map = /* @__PURE__ */ new Map();
//         if (ctx?.onCreate)
//           ctx.onCreate(map);
//         for (const pair of this.items) {
//           let key, value;
//           if (identity.isPair(pair)) {
//             key = toJS.toJS(pair.key, "", ctx);
//             value = toJS.toJS(pair.value, key, ctx);
//           } else {
//             key = toJS.toJS(pair, "", ctx);
//           }
//           if (map.has(key))
//             throw new Error("Ordered maps must not include duplicate keys");
//           map.set(key, value);
//         }
//         return map;
//       }
//       static from(schema, iterable, ctx) {
//         const pairs$1 = pairs.createPairs(schema, iterable, ctx);
//         const omap2 = new this();
//         omap2.items = pairs$1.items;
//         return omap2;
//       }
//     };
//     YAMLOMap.tag = "tag:yaml.org,2002:omap";
//     var omap = {
//       collection: "seq",
//       identify: (value) => value instanceof Map,
//       nodeClass: YAMLOMap,
//       default: false,
//       tag: "tag:yaml.org,2002:omap",
//       resolve(seq, onError) {
//         const pairs$1 = pairs.resolvePairs(seq, onError);
//         const seenKeys = [];
//         for (const { key } of pairs$1.items) {
//           if (identity.isScalar(key)) {
//             if (seenKeys.includes(key.value)) {
//               onError(`Ordered maps must not include duplicate keys: ${key.value}`);
//             } else {
//               seenKeys.push(key.value);
//             }
//           }
//         }
//         return Object.assign(new YAMLOMap(), pairs$1);
//       },
//       createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
//     };
//     exports2.YAMLOMap = YAMLOMap;
//     exports2.omap = omap;
//   }
// });
// 
// // node_modules/yaml/dist/schema/yaml-1.1/bool.js
// var require_bool2 = __commonJS({
//   "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
//     "use strict";
//     var Scalar2 = require_Scalar();
//     function boolStringify({ value, source }, ctx) {
//       const boolObj = value ? trueTag : falseTag;
//       if (source && boolObj.test.test(source))
//         return source;
//       return value ? ctx.options.trueStr : ctx.options.falseStr;
//     }
//     var trueTag = {
//       identify: (value) => value === true,
//       default: true,
//       tag: "tag:yaml.org,2002:bool",
//       test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
//       resolve: () => new Scalar2.Scalar(true),
//       stringify: boolStringify
//     };
//     var falseTag = {
//       identify: (value) => value === false,
//       default: true,
//       tag: "tag:yaml.org,2002:bool",
//       test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
//       resolve: () => new Scalar2.Scalar(false),
//       stringify: boolStringify
//     };
//     exports2.falseTag = falseTag;
//     exports2.trueTag = trueTag;
//   }
// });
// 
// // node_modules/yaml/dist/schema/yaml-1.1/float.js
// var require_float2 = __commonJS({
//   "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
//     "use strict";
//     var Scalar2 = require_Scalar();
//     var stringifyNumber = require_stringifyNumber();
//     var floatNaN = {
//       identify: (value) => typeof value === "number",
//       default: true,
//       tag: "tag:yaml.org,2002:float",
//       test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
//       resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
//       stringify: stringifyNumber.stringifyNumber
//     };
//     var floatExp = {
//       identify: (value) => typeof value === "number",
//       default: true,
//       tag: "tag:yaml.org,2002:float",
//       format: "EXP",
//       test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
//       resolve: (str) => parseFloat(str.replace(/_/g, "")),
//       stringify(node) {
//         const num = Number(node.value);
//         return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
//       }
//     };
//     var float = {
//       identify: (value) => typeof value === "number",
//       default: true,
//       tag: "tag:yaml.org,2002:float",
//       test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
//       resolve(str) {
//         const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
//         const dot = str.indexOf(".");
//         if (dot !== -1) {
//           const f = str.substring(dot + 1).replace(/_/g, "");
//           if (f[f.length - 1] === "0")
//             node.minFractionDigits = f.length;
//         }
//         return node;
//       },
//       stringify: stringifyNumber.stringifyNumber
//     };
//     exports2.float = float;
//     exports2.floatExp = floatExp;
//     exports2.floatNaN = floatNaN;
//   }
// });
// 
// // node_modules/yaml/dist/schema/yaml-1.1/int.js
// var require_int2 = __commonJS({
//   "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
//     "use strict";
//     var stringifyNumber = require_stringifyNumber();
//     var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
//     function intResolve(str, offset, radix, { intAsBigInt }) {
//       const sign = str[0];
//       if (sign === "-" || sign === "+")
//         offset += 1;
//       str = str.substring(offset).replace(/_/g, "");
//       if (intAsBigInt) {
//         switch (radix) {
//           case 2:
//             str = `0b${str}`;
//             break;
//           case 8:
//             str = `0o${str}`;
//             break;
//           case 16:
//             str = `0x${str}`;
//             break;
//         }
//         const n2 = BigInt(str);
//         return sign === "-" ? BigInt(-1) * n2 : n2;
//       }
//       const n = parseInt(str, radix);
//       return sign === "-" ? -1 * n : n;
//     }
//     function intStringify(node, radix, prefix) {
//       const { value } = node;
//       if (intIdentify(value)) {
//         const str = value.toString(radix);
//         return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
//       }
//       return stringifyNumber.stringifyNumber(node);
//     }
//     var intBin = {
//       identify: intIdentify,
//       default: true,
//       tag: "tag:yaml.org,2002:int",
//       format: "BIN",
//       test: /^[-+]?0b[0-1_]+$/,
//       resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
//       stringify: (node) => intStringify(node, 2, "0b")
//     };
//     var intOct = {
//       identify: intIdentify,
//       default: true,
//       tag: "tag:yaml.org,2002:int",
//       format: "OCT",
//       test: /^[-+]?0[0-7_]+$/,
//       resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
//       stringify: (node) => intStringify(node, 8, "0")
//     };
//     var int = {
//       identify: intIdentify,
//       default: true,
//       tag: "tag:yaml.org,2002:int",
//       test: /^[-+]?[0-9][0-9_]*$/,
//       resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
//       stringify: stringifyNumber.stringifyNumber
//     };
//     var intHex = {
//       identify: intIdentify,
//       default: true,
//       tag: "tag:yaml.org,2002:int",
//       format: "HEX",
//       test: /^[-+]?0x[0-9a-fA-F_]+$/,
//       resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
//       stringify: (node) => intStringify(node, 16, "0x")
//     };
//     exports2.int = int;
//     exports2.intBin = intBin;
//     exports2.intHex = intHex;
//     exports2.intOct = intOct;
//   }
// });
// 
// // node_modules/yaml/dist/schema/yaml-1.1/set.js
// var require_set = __commonJS({
//   "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var Pair2 = require_Pair();
//     var YAMLMap2 = require_YAMLMap();
//     var YAMLSet = class _YAMLSet extends YAMLMap2.YAMLMap {
//       constructor(schema) {
//         super(schema);
//         this.tag = _YAMLSet.tag;
//       }
//       add(key) {
//         let pair;
//         if (identity.isPair(key))
//           pair = key;
//         else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
//           pair = new Pair2.Pair(key.key, null);
//         else
//           pair = new Pair2.Pair(key, null);
//         const prev = YAMLMap2.findPair(this.items, pair.key);
//         if (!prev)
//           this.items.push(pair);
//       }
//       /**
//        * If `keepPair` is `true`, returns the Pair matching `key`.
//        * Otherwise, returns the value of that Pair's key.
//        */
//       get(key, keepPair) {
//         const pair = YAMLMap2.findPair(this.items, key);
//         return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
//       }
//       set(key, value) {
//         if (typeof value !== "boolean")
//           throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
//         const prev = YAMLMap2.findPair(this.items, key);
//         if (prev && !value) {
//           this.items.splice(this.items.indexOf(prev), 1);
//         } else if (!prev && value) {
//           this.items.push(new Pair2.Pair(key));
//         }
//       }
//       toJSON(_, ctx) {
//         return super.toJSON(_, ctx, Set);
//       }
//       toString(ctx, onComment, onChompKeep) {
//         if (!ctx)
//           return JSON.stringify(this);
//         if (this.hasAllNullValues(true))
//           return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
//         else
//           throw new Error("Set items must all have null values");
//       }
//       static from(schema, iterable, ctx) {
//         const { replacer } = ctx;
//         const set2 = new this(schema);
//         if (iterable && Symbol.iterator in Object(iterable))
//           for (let value of iterable) {
//             if (typeof replacer === "function")
//               value = replacer.call(iterable, value, value);
//             set2.items.push(Pair2.createPair(value, null, ctx));
//           }
//         return set2;
//       }
//     };
//     YAMLSet.tag = "tag:yaml.org,2002:set";
//     var set = {
//       collection: "map",
//       identify: (value) => value instanceof Set,
//       nodeClass: YAMLSet,
//       default: false,
//       tag: "tag:yaml.org,2002:set",
//       createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
//       resolve(map, onError) {
//         if (identity.isMap(map)) {
//           if (map.hasAllNullValues(true))
//             return Object.assign(new YAMLSet(), map);
//           else
//             onError("Set items must all have null values");
//         } else
//           onError("Expected a mapping for this tag");
//         return map;
//       }
//     };
//     exports2.YAMLSet = YAMLSet;
//     exports2.set = set;
//   }
// });
// 
// // node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
// var require_timestamp = __commonJS({
//   "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
//     "use strict";
//     var stringifyNumber = require_stringifyNumber();
//     function parseSexagesimal(str, asBigInt) {
//       const sign = str[0];
//       const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
//       const num = (n) => asBigInt ? BigInt(n) : Number(n);
//       const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
//       return sign === "-" ? num(-1) * res : res;
//     }
//     function stringifySexagesimal(node) {
//       let { value } = node;
//       let num = (n) => n;
//       if (typeof value === "bigint")
//         num = (n) => BigInt(n);
//       else if (isNaN(value) || !isFinite(value))
//         return stringifyNumber.stringifyNumber(node);
//       let sign = "";
//       if (value < 0) {
//         sign = "-";
//         value *= num(-1);
//       }
//       const _60 = num(60);
//       const parts = [value % _60];
//       if (value < 60) {
//         parts.unshift(0);
//       } else {
//         value = (value - parts[0]) / _60;
//         parts.unshift(value % _60);
//         if (value >= 60) {
//           value = (value - parts[0]) / _60;
//           parts.unshift(value);
//         }
//       }
//       return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
//     }
//     var intTime = {
//       identify: (value) => typeof value === "bigint" || Number.isInteger(value),
//       default: true,
//       tag: "tag:yaml.org,2002:int",
//       format: "TIME",
//       test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
//       resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
//       stringify: stringifySexagesimal
//     };
//     var floatTime = {
//       identify: (value) => typeof value === "number",
//       default: true,
//       tag: "tag:yaml.org,2002:float",
//       format: "TIME",
//       test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
//       resolve: (str) => parseSexagesimal(str, false),
//       stringify: stringifySexagesimal
//     };
//     var timestamp = {
//       identify: (value) => value instanceof Date,
//       default: true,
//       tag: "tag:yaml.org,2002:timestamp",
//       // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
//       // may be omitted altogether, resulting in a date format. In such a case, the time part is
//       // assumed to be 00:00:00Z (start of day, UTC).
//       test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
//       resolve(str) {
//         const match = str.match(timestamp.test);
//         if (!match)
//           throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
//         const [, year, month, day, hour, minute, second] = match.map(Number);
//         const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
//         let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
//         const tz = match[8];
//         if (tz && tz !== "Z") {
//           let d = parseSexagesimal(tz, false);
//           if (Math.abs(d) < 30)
//             d *= 60;
//           date -= 6e4 * d;
//         }
//         return new Date(date);
//       },
//       stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
//     };
//     exports2.floatTime = floatTime;
//     exports2.intTime = intTime;
//     exports2.timestamp = timestamp;
//   }
// });
// 
// // node_modules/yaml/dist/schema/yaml-1.1/schema.js
// var require_schema3 = __commonJS({
//   "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
//     "use strict";
//     var map = require_map();
//     var _null = require_null();
//     var seq = require_seq();
//     var string = require_string();
//     var binary = require_binary();
//     var bool = require_bool2();
//     var float = require_float2();
//     var int = require_int2();
//     var merge = require_merge();
//     var omap = require_omap();
//     var pairs = require_pairs();
//     var set = require_set();
//     var timestamp = require_timestamp();
//     var schema = [
//       map.map,
//       seq.seq,
//       string.string,
//       _null.nullTag,
//       bool.trueTag,
//       bool.falseTag,
//       int.intBin,
//       int.intOct,
//       int.int,
//       int.intHex,
//       float.floatNaN,
//       float.floatExp,
//       float.float,
//       binary.binary,
//       merge.merge,
//       omap.omap,
//       pairs.pairs,
//       set.set,
//       timestamp.intTime,
//       timestamp.floatTime,
//       timestamp.timestamp
//     ];
//     exports2.schema = schema;
//   }
// });
// 
// // node_modules/yaml/dist/schema/tags.js
// var require_tags = __commonJS({
//   "node_modules/yaml/dist/schema/tags.js"(exports2) {
//     "use strict";
//     var map = require_map();
//     var _null = require_null();
//     var seq = require_seq();
//     var string = require_string();
//     var bool = require_bool();
//     var float = require_float();
//     var int = require_int();
//     var schema = require_schema();
//     var schema$1 = require_schema2();
//     var binary = require_binary();
//     var merge = require_merge();
//     var omap = require_omap();
//     var pairs = require_pairs();
//     var schema$2 = require_schema3();
//     var set = require_set();
//     var timestamp = require_timestamp();
//     var schemas = /* @__PURE__ */ new Map([
//       ["core", schema.schema],
//       ["failsafe", [map.map, seq.seq, string.string]],
//       ["json", schema$1.schema],
//       ["yaml11", schema$2.schema],
//       ["yaml-1.1", schema$2.schema]
//     ]);
//     var tagsByName = {
//       binary: binary.binary,
//       bool: bool.boolTag,
//       float: float.float,
//       floatExp: float.floatExp,
//       floatNaN: float.floatNaN,
//       floatTime: timestamp.floatTime,
//       int: int.int,
//       intHex: int.intHex,
//       intOct: int.intOct,
//       intTime: timestamp.intTime,
//       map: map.map,
//       merge: merge.merge,
//       null: _null.nullTag,
//       omap: omap.omap,
//       pairs: pairs.pairs,
//       seq: seq.seq,
//       set: set.set,
//       timestamp: timestamp.timestamp
//     };
//     var coreKnownTags = {
//       "tag:yaml.org,2002:binary": binary.binary,
//       "tag:yaml.org,2002:merge": merge.merge,
//       "tag:yaml.org,2002:omap": omap.omap,
//       "tag:yaml.org,2002:pairs": pairs.pairs,
//       "tag:yaml.org,2002:set": set.set,
//       "tag:yaml.org,2002:timestamp": timestamp.timestamp
//     };
//     function getTags(customTags, schemaName, addMergeTag) {
//       const schemaTags = schemas.get(schemaName);
//       if (schemaTags && !customTags) {
//         return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
//       }
//       let tags = schemaTags;
//       if (!tags) {
//         if (Array.isArray(customTags))
//           tags = [];
//         else {
//           const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
//           throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
//         }
//       }
//       if (Array.isArray(customTags)) {
//         for (const tag of customTags)
//           tags = tags.concat(tag);
//       } else if (typeof customTags === "function") {
//         tags = customTags(tags.slice());
//       }
//       if (addMergeTag)
//         tags = tags.concat(merge.merge);
//       return tags.reduce((tags2, tag) => {
//         const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
//         if (!tagObj) {
//           const tagName = JSON.stringify(tag);
//           const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
//           throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
//         }
//         if (!tags2.includes(tagObj))
//           tags2.push(tagObj);
//         return tags2;
//       }, []);
//     }
//     exports2.coreKnownTags = coreKnownTags;
//     exports2.getTags = getTags;
//   }
// });
// 
// // node_modules/yaml/dist/schema/Schema.js
// var require_Schema = __commonJS({
//   "node_modules/yaml/dist/schema/Schema.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var map = require_map();
//     var seq = require_seq();
//     var string = require_string();
//     var tags = require_tags();
//     var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
//     var Schema2 = class _Schema {
//       constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
//         this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
//         this.name = typeof schema === "string" && schema || "core";
//         this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
//         this.tags = tags.getTags(customTags, this.name, merge);
//         this.toStringOptions = toStringDefaults ?? null;
//         Object.defineProperty(this, identity.MAP, { value: map.map });
//         Object.defineProperty(this, identity.SCALAR, { value: string.string });
//         Object.defineProperty(this, identity.SEQ, { value: seq.seq });
//         this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
//       }
//       clone() {
//         const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
//         copy.tags = this.tags.slice();
//         return copy;
//       }
//     };
//     exports2.Schema = Schema2;
//   }
// });
// 
// // node_modules/yaml/dist/stringify/stringifyDocument.js
// var require_stringifyDocument = __commonJS({
//   "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var stringify2 = require_stringify();
//     var stringifyComment = require_stringifyComment();
//     function stringifyDocument(doc, options) {
//       const lines = [];
//       let hasDirectives = options.directives === true;
//       if (options.directives !== false && doc.directives) {
//         const dir = doc.directives.toString(doc);
//         if (dir) {
//           lines.push(dir);
//           hasDirectives = true;
//         } else if (doc.directives.docStart)
//           hasDirectives = true;
//       }
//       if (hasDirectives)
//         lines.push("---");
//       const ctx = stringify2.createStringifyContext(doc, options);
//       const { commentString } = ctx.options;
//       if (doc.commentBefore) {
//         if (lines.length !== 1)
//           lines.unshift("");
//         const cs = commentString(doc.commentBefore);
//         lines.unshift(stringifyComment.indentComment(cs, ""));
//       }
//       let chompKeep = false;
//       let contentComment = null;
//       if (doc.contents) {
//         if (identity.isNode(doc.contents)) {
//           if (doc.contents.spaceBefore && hasDirectives)
//             lines.push("");
//           if (doc.contents.commentBefore) {
//             const cs = commentString(doc.contents.commentBefore);
//             lines.push(stringifyComment.indentComment(cs, ""));
//           }
//           ctx.forceBlockIndent = !!doc.comment;
//           contentComment = doc.contents.comment;
//         }
//         const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
//         let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
//         if (contentComment)
//           body += stringifyComment.lineComment(body, "", commentString(contentComment));
//         if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
//           lines[lines.length - 1] = `--- ${body}`;
//         } else
//           lines.push(body);
//       } else {
//         lines.push(stringify2.stringify(doc.contents, ctx));
//       }
//       if (doc.directives?.docEnd) {
//         if (doc.comment) {
//           const cs = commentString(doc.comment);
//           if (cs.includes("\n")) {
//             lines.push("...");
//             lines.push(stringifyComment.indentComment(cs, ""));
//           } else {
//             lines.push(`... ${cs}`);
//           }
//         } else {
//           lines.push("...");
//         }
//       } else {
//         let dc = doc.comment;
//         if (dc && chompKeep)
//           dc = dc.replace(/^\n+/, "");
//         if (dc) {
//           if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
//             lines.push("");
//           lines.push(stringifyComment.indentComment(commentString(dc), ""));
//         }
//       }
//       return lines.join("\n") + "\n";
//     }
//     exports2.stringifyDocument = stringifyDocument;
//   }
// });
// 
// // node_modules/yaml/dist/doc/Document.js
// var require_Document = __commonJS({
//   "node_modules/yaml/dist/doc/Document.js"(exports2) {
//     "use strict";
//     var Alias2 = require_Alias();
//     var Collection = require_Collection();
//     var identity = require_identity();
//     var Pair2 = require_Pair();
//     var toJS = require_toJS();
//     var Schema2 = require_Schema();
//     var stringifyDocument = require_stringifyDocument();
//     var anchors = require_anchors();
//     var applyReviver = require_applyReviver();
//     var createNode = require_createNode();
//     var directives = require_directives();
//     var Document2 = class _Document {
//       constructor(value, replacer, options) {
//         this.commentBefore = null;
//         this.comment = null;
//         this.errors = [];
//         this.warnings = [];
//         Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
//         let _replacer = null;
//         if (typeof replacer === "function" || Array.isArray(replacer)) {
//           _replacer = replacer;
//         } else if (options === void 0 && replacer) {
//           options = replacer;
//           replacer = void 0;
//         }
//         const opt = Object.assign({
//           intAsBigInt: false,
//           keepSourceTokens: false,
//           logLevel: "warn",
//           prettyErrors: true,
//           strict: true,
//           stringKeys: false,
//           uniqueKeys: true,
//           version: "1.2"
//         }, options);
//         this.options = opt;
//         let { version } = opt;
//         if (options?._directives) {
//           this.directives = options._directives.atDocument();
//           if (this.directives.yaml.explicit)
//             version = this.directives.yaml.version;
//         } else
//           this.directives = new directives.Directives({ version });
//         this.setSchema(version, options);
//         this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
//       }
//       /**
//        * Create a deep copy of this Document and its contents.
//        *
//        * Custom Node values that inherit from `Object` still refer to their original instances.
//        */
//       clone() {
//         const copy = Object.create(_Document.prototype, {
//           [identity.NODE_TYPE]: { value: identity.DOC }
//         });
//         copy.commentBefore = this.commentBefore;
//         copy.comment = this.comment;
//         copy.errors = this.errors.slice();
//         copy.warnings = this.warnings.slice();
//         copy.options = Object.assign({}, this.options);
//         if (this.directives)
//           copy.directives = this.directives.clone();
//         copy.schema = this.schema.clone();
//         copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
//         if (this.range)
//           copy.range = this.range.slice();
//         return copy;
//       }
//       /** Adds a value to the document. */
//       add(value) {
//         if (assertCollection(this.contents))
//           this.contents.add(value);
//       }
//       /** Adds a value to the document. */
//       addIn(path, value) {
//         if (assertCollection(this.contents))
//           this.contents.addIn(path, value);
//       }
//       /**
//        * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
//        *
//        * If `node` already has an anchor, `name` is ignored.
//        * Otherwise, the `node.anchor` value will be set to `name`,
//        * or if an anchor with that name is already present in the document,
//        * `name` will be used as a prefix for a new unique anchor.
//        * If `name` is undefined, the generated anchor will use 'a' as a prefix.
//        */
//       createAlias(node, name) {
//         if (!node.anchor) {
//           const prev = anchors.anchorNames(this);
//           node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
//           !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
//         }
//         return new Alias2.Alias(node.anchor);
//       }
//       createNode(value, replacer, options) {
//         let _replacer = void 0;
//         if (typeof replacer === "function") {
//           value = replacer.call({ "": value }, "", value);
//           _replacer = replacer;
//         } else if (Array.isArray(replacer)) {
//           const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
//           const asStr = replacer.filter(keyToStr).map(String);
//           if (asStr.length > 0)
//             replacer = replacer.concat(asStr);
//           _replacer = replacer;
//         } else if (options === void 0 && replacer) {
//           options = replacer;
//           replacer = void 0;
//         }
//         const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
//         const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
//           this,
//           // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
//           anchorPrefix || "a"
//         );
//         const ctx = {
//           aliasDuplicateObjects: aliasDuplicateObjects ?? true,
//           keepUndefined: keepUndefined ?? false,
//           onAnchor,
//           onTagObj,
//           replacer: _replacer,
//           schema: this.schema,
//           sourceObjects
//         };
//         const node = createNode.createNode(value, tag, ctx);
//         if (flow && identity.isCollection(node))
//           node.flow = true;
//         setAnchors();
//         return node;
//       }
//       /**
//        * Convert a key and a value into a `Pair` using the current schema,
//        * recursively wrapping all values as `Scalar` or `Collection` nodes.
//        */
//       createPair(key, value, options = {}) {
//         const k = this.createNode(key, null, options);
//         const v = this.createNode(value, null, options);
//         return new Pair2.Pair(k, v);
//       }
//       /**
//        * Removes a value from the document.
//        * @returns `true` if the item was found and removed.
//        */
//       delete(key) {
//         return assertCollection(this.contents) ? this.contents.delete(key) : false;
//       }
//       /**
//        * Removes a value from the document.
//        * @returns `true` if the item was found and removed.
//        */
//       deleteIn(path) {
//         if (Collection.isEmptyPath(path)) {
//           if (this.contents == null)
//             return false;
//           this.contents = null;
//           return true;
//         }
//         return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
//       }
//       /**
//        * Returns item at `key`, or `undefined` if not found. By default unwraps
//        * scalar values from their surrounding node; to disable set `keepScalar` to
//        * `true` (collections are always returned intact).
//        */
//       get(key, keepScalar) {
//         return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
//       }
//       /**
//        * Returns item at `path`, or `undefined` if not found. By default unwraps
//        * scalar values from their surrounding node; to disable set `keepScalar` to
//        * `true` (collections are always returned intact).
//        */
//       getIn(path, keepScalar) {
//         if (Collection.isEmptyPath(path))
//           return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
//         return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
//       }
//       /**
//        * Checks if the document includes a value with the key `key`.
//        */
//       has(key) {
//         return identity.isCollection(this.contents) ? this.contents.has(key) : false;
//       }
//       /**
//        * Checks if the document includes a value at `path`.
//        */
//       hasIn(path) {
//         if (Collection.isEmptyPath(path))
//           return this.contents !== void 0;
//         return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
//       }
//       /**
//        * Sets a value in this document. For `!!set`, `value` needs to be a
//        * boolean to add/remove the item from the set.
//        */
//       set(key, value) {
//         if (this.contents == null) {
//           this.contents = Collection.collectionFromPath(this.schema, [key], value);
//         } else if (assertCollection(this.contents)) {
//           this.contents.set(key, value);
//         }
//       }
//       /**
//        * Sets a value in this document. For `!!set`, `value` needs to be a
//        * boolean to add/remove the item from the set.
//        */
//       setIn(path, value) {
//         if (Collection.isEmptyPath(path)) {
//           this.contents = value;
//         } else if (this.contents == null) {
//           this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
//         } else if (assertCollection(this.contents)) {
//           this.contents.setIn(path, value);
//         }
//       }
//       /**
//        * Change the YAML version and schema used by the document.
//        * A `null` version disables support for directives, explicit tags, anchors, and aliases.
//        * It also requires the `schema` option to be given as a `Schema` instance value.
//        *
//        * Overrides all previously set schema options.
//        */
//       setSchema(version, options = {}) {
//         if (typeof version === "number")
//           version = String(version);
//         let opt;
//         switch (version) {
//           case "1.1":
//             if (this.directives)
//               this.directives.yaml.version = "1.1";
//             else
//               this.directives = new directives.Directives({ version: "1.1" });
//             opt = { resolveKnownTags: false, schema: "yaml-1.1" };
//             break;
//           case "1.2":
//           case "next":
//             if (this.directives)
//               this.directives.yaml.version = version;
//             else
//               this.directives = new directives.Directives({ version });
//             opt = { resolveKnownTags: true, schema: "core" };
//             break;
//           case null:
//             if (this.directives)
//               delete this.directives;
//             opt = null;
//             break;
//           default: {
//             const sv = JSON.stringify(version);
//             throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
//           }
//         }
//         if (options.schema instanceof Object)
//           this.schema = options.schema;
//         else if (opt)
//           this.schema = new Schema2.Schema(Object.assign(opt, options));
//         else
//           throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
//       }
//       // json & jsonArg are only used from toJSON()
//       toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
//         const ctx = {
//           anchors: /* @__PURE__ */ new Map(),
//           doc: this,
//           keep: !json,
//           mapAsMap: mapAsMap === true,
//           mapKeyWarned: false,
//           maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
//         };
//         const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
//         if (typeof onAnchor === "function")
//           for (const { count, res: res2 } of ctx.anchors.values())
//             onAnchor(res2, count);
//         return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
//       }
//       /**
//        * A JSON representation of the document `contents`.
//        *
//        * @param jsonArg Used by `JSON.stringify` to indicate the array index or
//        *   property name.
//        */
//       toJSON(jsonArg, onAnchor) {
//         return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
//       }
//       /** A YAML representation of the document. */
//       toString(options = {}) {
//         if (this.errors.length > 0)
//           throw new Error("Document with errors cannot be stringified");
//         if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
//           const s = JSON.stringify(options.indent);
//           throw new Error(`"indent" option must be a positive integer, not ${s}`);
//         }
//         return stringifyDocument.stringifyDocument(this, options);
//       }
//     };
//     function assertCollection(contents) {
//       if (identity.isCollection(contents))
//         return true;
//       throw new Error("Expected a YAML collection as document contents");
//     }
//     exports2.Document = Document2;
//   }
// });
// 
// // node_modules/yaml/dist/errors.js
// var require_errors = __commonJS({
//   "node_modules/yaml/dist/errors.js"(exports2) {
//     "use strict";
//     var YAMLError2 = class extends Error {
//       constructor(name, pos, code, message) {
//         super();
//         this.name = name;
//         this.code = code;
//         this.message = message;
//         this.pos = pos;
//       }
//     };
//     var YAMLParseError2 = class extends YAMLError2 {
//       constructor(pos, code, message) {
//         super("YAMLParseError", pos, code, message);
//       }
//     };
//     var YAMLWarning2 = class extends YAMLError2 {
//       constructor(pos, code, message) {
//         super("YAMLWarning", pos, code, message);
//       }
//     };
//     var prettifyError = (src, lc) => (error) => {
//       if (error.pos[0] === -1)
//         return;
//       error.linePos = error.pos.map((pos) => lc.linePos(pos));
//       const { line, col } = error.linePos[0];
//       error.message += ` at line ${line}, column ${col}`;
//       let ci = col - 1;
//       let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
//       if (ci >= 60 && lineStr.length > 80) {
//         const trimStart = Math.min(ci - 39, lineStr.length - 79);
//         lineStr = "\u2026" + lineStr.substring(trimStart);
//         ci -= trimStart - 1;
//       }
//       if (lineStr.length > 80)
//         lineStr = lineStr.substring(0, 79) + "\u2026";
//       if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
//         let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
//         if (prev.length > 80)
//           prev = prev.substring(0, 79) + "\u2026\n";
//         lineStr = prev + lineStr;
//       }
//       if (/[^ ]/.test(lineStr)) {
//         let count = 1;
//         const end = error.linePos[1];
//         if (end?.line === line && end.col > col) {
//           count = Math.max(1, Math.min(end.col - col, 80 - ci));
//         }
//         const pointer = " ".repeat(ci) + "^".repeat(count);
//         error.message += `:
// 
// ${lineStr}
// ${pointer}
// `;
//       }
//     };
//     exports2.YAMLError = YAMLError2;
//     exports2.YAMLParseError = YAMLParseError2;
//     exports2.YAMLWarning = YAMLWarning2;
//     exports2.prettifyError = prettifyError;
//   }
// });
// 
// // node_modules/yaml/dist/compose/resolve-props.js
// var require_resolve_props = __commonJS({
//   "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
//     "use strict";
//     function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
//       let spaceBefore = false;
//       let atNewline = startOnNewline;
//       let hasSpace = startOnNewline;
//       let comment = "";
//       let commentSep = "";
//       let hasNewline = false;
//       let reqSpace = false;
//       let tab = null;
//       let anchor = null;
//       let tag = null;
//       let newlineAfterProp = null;
//       let comma = null;
//       let found = null;
//       let start = null;
//       for (const token of tokens) {
//         if (reqSpace) {
//           if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
//             onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
//           reqSpace = false;
//         }
//         if (tab) {
//           if (atNewline && token.type !== "comment" && token.type !== "newline") {
//             onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
//           }
//           tab = null;
//         }
//         switch (token.type) {
//           case "space":
//             if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
//               tab = token;
//             }
//             hasSpace = true;
//             break;
//           case "comment": {
//             if (!hasSpace)
//               onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
//             const cb = token.source.substring(1) || " ";
//             if (!comment)
//               comment = cb;
//             else
//               comment += commentSep + cb;
//             commentSep = "";
//             atNewline = false;
//             break;
//           }
//           case "newline":
//             if (atNewline) {
//               if (comment)
//                 comment += token.source;
//               else if (!found || indicator !== "seq-item-ind")
//                 spaceBefore = true;
//             } else
//               commentSep += token.source;
//             atNewline = true;
//             hasNewline = true;
//             if (anchor || tag)
//               newlineAfterProp = token;
//             hasSpace = true;
//             break;
//           case "anchor":
//             if (anchor)
//               onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
//             if (token.source.endsWith(":"))
//               onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
//             anchor = token;
//             start ?? (start = token.offset);
//             atNewline = false;
//             hasSpace = false;
//             reqSpace = true;
//             break;
//           case "tag": {
//             if (tag)
//               onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
//             tag = token;
//             start ?? (start = token.offset);
//             atNewline = false;
//             hasSpace = false;
//             reqSpace = true;
//             break;
//           }
//           case indicator:
//             if (anchor || tag)
//               onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
//             if (found)
//               onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
//             found = token;
//             atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
//             hasSpace = false;
//             break;
//           case "comma":
//             if (flow) {
//               if (comma)
//                 onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
//               comma = token;
//               atNewline = false;
//               hasSpace = false;
//               break;
//             }
//           // else fallthrough
//           default:
//             onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
//             atNewline = false;
//             hasSpace = false;
//         }
//       }
//       const last = tokens[tokens.length - 1];
//       const end = last ? last.offset + last.source.length : offset;
//       if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
//         onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
//       }
//       if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
//         onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
//       return {
//         comma,
//         found,
//         spaceBefore,
//         comment,
//         hasNewline,
//         anchor,
//         tag,
//         newlineAfterProp,
//         end,
//         start: start ?? end
//       };
//     }
//     exports2.resolveProps = resolveProps;
//   }
// });
// 
// // node_modules/yaml/dist/compose/util-contains-newline.js
// var require_util_contains_newline = __commonJS({
//   "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
//     "use strict";
//     function containsNewline(key) {
//       if (!key)
//         return null;
//       switch (key.type) {
//         case "alias":
//         case "scalar":
//         case "double-quoted-scalar":
//         case "single-quoted-scalar":
//           if (key.source.includes("\n"))
//             return true;
//           if (key.end) {
//             for (const st of key.end)
//               if (st.type === "newline")
//                 return true;
//           }
//           return false;
//         case "flow-collection":
//           for (const it of key.items) {
//             for (const st of it.start)
//               if (st.type === "newline")
//                 return true;
//             if (it.sep) {
//               for (const st of it.sep)
//                 if (st.type === "newline")
//                   return true;
//             }
//             if (containsNewline(it.key) || containsNewline(it.value))
//               return true;
//           }
//           return false;
//         default:
//           return true;
//       }
//     }
//     exports2.containsNewline = containsNewline;
//   }
// });
// 
// // node_modules/yaml/dist/compose/util-flow-indent-check.js
// var require_util_flow_indent_check = __commonJS({
//   "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
//     "use strict";
//     var utilContainsNewline = require_util_contains_newline();
//     function flowIndentCheck(indent, fc, onError) {
//       if (fc?.type === "flow-collection") {
//         const end = fc.end[0];
//         if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
//           const msg = "Flow end indicator should be more indented than parent";
//           onError(end, "BAD_INDENT", msg, true);
//         }
//       }
//     }
//     exports2.flowIndentCheck = flowIndentCheck;
//   }
// });
// 
// // node_modules/yaml/dist/compose/util-map-includes.js
// var require_util_map_includes = __commonJS({
//   "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     function mapIncludes(ctx, items, search) {
//       const { uniqueKeys } = ctx.options;
//       if (uniqueKeys === false)
//         return false;
//       const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
//       return items.some((pair) => isEqual(pair.key, search));
//     }
//     exports2.mapIncludes = mapIncludes;
//   }
// });
// 
// // node_modules/yaml/dist/compose/resolve-block-map.js
// var require_resolve_block_map = __commonJS({
//   "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
//     "use strict";
//     var Pair2 = require_Pair();
//     var YAMLMap2 = require_YAMLMap();
//     var resolveProps = require_resolve_props();
//     var utilContainsNewline = require_util_contains_newline();
//     var utilFlowIndentCheck = require_util_flow_indent_check();
//     var utilMapIncludes = require_util_map_includes();
//     var startColMsg = "All mapping items must start at the same column";
//     function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
//       const NodeClass = tag?.nodeClass ?? YAMLMap2.YAMLMap;
//       const map = new NodeClass(ctx.schema);
//       if (ctx.atRoot)
//         ctx.atRoot = false;
//       let offset = bm.offset;
//       let commentEnd = null;
//       for (const collItem of bm.items) {
//         const { start, key, sep, value } = collItem;
//         const keyProps = resolveProps.resolveProps(start, {
//           indicator: "explicit-key-ind",
//           next: key ?? sep?.[0],
//           offset,
//           onError,
//           parentIndent: bm.indent,
//           startOnNewline: true
//         });
//         const implicitKey = !keyProps.found;
//         if (implicitKey) {
//           if (key) {
//             if (key.type === "block-seq")
//               onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
//             else if ("indent" in key && key.indent !== bm.indent)
//               onError(offset, "BAD_INDENT", startColMsg);
//           }
//           if (!keyProps.anchor && !keyProps.tag && !sep) {
//             commentEnd = keyProps.end;
//             if (keyProps.comment) {
//               if (map.comment)
//                 map.comment += "\n" + keyProps.comment;
//               else
//                 map.comment = keyProps.comment;
//             }
//             continue;
//           }
//           if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
//             onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
//           }
//         } else if (keyProps.found?.indent !== bm.indent) {
//           onError(offset, "BAD_INDENT", startColMsg);
//         }
//         ctx.atKey = true;
//         const keyStart = keyProps.end;
//         const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
//         if (ctx.schema.compat)
//           utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
//         ctx.atKey = false;
//         if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
//           onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
//         const valueProps = resolveProps.resolveProps(sep ?? [], {
//           indicator: "map-value-ind",
//           next: value,
//           offset: keyNode.range[2],
//           onError,
//           parentIndent: bm.indent,
//           startOnNewline: !key || key.type === "block-scalar"
//         });
//         offset = valueProps.end;
//         if (valueProps.found) {
//           if (implicitKey) {
//             if (value?.type === "block-map" && !valueProps.hasNewline)
//               onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
//             if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
//               onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
//           }
//           const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
//           if (ctx.schema.compat)
//             utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
//           offset = valueNode.range[2];
//           const pair = new Pair2.Pair(keyNode, valueNode);
//           if (ctx.options.keepSourceTokens)
//             pair.srcToken = collItem;
//           map.items.push(pair);
//         } else {
//           if (implicitKey)
//             onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
//           if (valueProps.comment) {
//             if (keyNode.comment)
//               keyNode.comment += "\n" + valueProps.comment;
//             else
//               keyNode.comment = valueProps.comment;
//           }
//           const pair = new Pair2.Pair(keyNode);
//           if (ctx.options.keepSourceTokens)
//             pair.srcToken = collItem;
//           map.items.push(pair);
//         }
//       }
//       if (commentEnd && commentEnd < offset)
//         onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
//       map.range = [bm.offset, offset, commentEnd ?? offset];
//       return map;
//     }
//     exports2.resolveBlockMap = resolveBlockMap;
//   }
// });
// 
// // node_modules/yaml/dist/compose/resolve-block-seq.js
// var require_resolve_block_seq = __commonJS({
//   "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
//     "use strict";
//     var YAMLSeq2 = require_YAMLSeq();
//     var resolveProps = require_resolve_props();
//     var utilFlowIndentCheck = require_util_flow_indent_check();
//     function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
//       const NodeClass = tag?.nodeClass ?? YAMLSeq2.YAMLSeq;
//       const seq = new NodeClass(ctx.schema);
//       if (ctx.atRoot)
//         ctx.atRoot = false;
//       if (ctx.atKey)
//         ctx.atKey = false;
//       let offset = bs.offset;
//       let commentEnd = null;
//       for (const { start, value } of bs.items) {
//         const props = resolveProps.resolveProps(start, {
//           indicator: "seq-item-ind",
//           next: value,
//           offset,
//           onError,
//           parentIndent: bs.indent,
//           startOnNewline: true
//         });
//         if (!props.found) {
//           if (props.anchor || props.tag || value) {
//             if (value?.type === "block-seq")
//               onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
//             else
//               onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
//           } else {
//             commentEnd = props.end;
//             if (props.comment)
//               seq.comment = props.comment;
//             continue;
//           }
//         }
//         const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
//         if (ctx.schema.compat)
//           utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
//         offset = node.range[2];
//         seq.items.push(node);
//       }
//       seq.range = [bs.offset, offset, commentEnd ?? offset];
//       return seq;
//     }
//     exports2.resolveBlockSeq = resolveBlockSeq;
//   }
// });
// 
// // node_modules/yaml/dist/compose/resolve-end.js
// var require_resolve_end = __commonJS({
//   "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
//     "use strict";
//     function resolveEnd(end, offset, reqSpace, onError) {
//       let comment = "";
//       if (end) {
//         let hasSpace = false;
//         let sep = "";
//         for (const token of end) {
//           const { source, type } = token;
//           switch (type) {
//             case "space":
//               hasSpace = true;
//               break;
//             case "comment": {
//               if (reqSpace && !hasSpace)
//                 onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
//               const cb = source.substring(1) || " ";
//               if (!comment)
//                 comment = cb;
//               else
//                 comment += sep + cb;
//               sep = "";
//               break;
//             }
//             case "newline":
//               if (comment)
//                 sep += source;
//               hasSpace = true;
//               break;
//             default:
//               onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
//           }
//           offset += source.length;
//         }
//       }
//       return { comment, offset };
//     }
//     exports2.resolveEnd = resolveEnd;
//   }
// });
// 
// // node_modules/yaml/dist/compose/resolve-flow-collection.js
// var require_resolve_flow_collection = __commonJS({
//   "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var Pair2 = require_Pair();
//     var YAMLMap2 = require_YAMLMap();
//     var YAMLSeq2 = require_YAMLSeq();
//     var resolveEnd = require_resolve_end();
//     var resolveProps = require_resolve_props();
//     var utilContainsNewline = require_util_contains_newline();
//     var utilMapIncludes = require_util_map_includes();
//     var blockMsg = "Block collections are not allowed within flow collections";
//     var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
//     function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
//       const isMap2 = fc.start.source === "{";
//       const fcName = isMap2 ? "flow map" : "flow sequence";
//       const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap2.YAMLMap : YAMLSeq2.YAMLSeq);
//       const coll = new NodeClass(ctx.schema);
//       coll.flow = true;
//       const atRoot = ctx.atRoot;
//       if (atRoot)
//         ctx.atRoot = false;
//       if (ctx.atKey)
//         ctx.atKey = false;
//       let offset = fc.offset + fc.start.source.length;
//       for (let i = 0; i < fc.items.length; ++i) {
//         const collItem = fc.items[i];
//         const { start, key, sep, value } = collItem;
//         const props = resolveProps.resolveProps(start, {
//           flow: fcName,
//           indicator: "explicit-key-ind",
//           next: key ?? sep?.[0],
//           offset,
//           onError,
//           parentIndent: fc.indent,
//           startOnNewline: false
//         });
//         if (!props.found) {
//           if (!props.anchor && !props.tag && !sep && !value) {
//             if (i === 0 && props.comma)
//               onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
//             else if (i < fc.items.length - 1)
//               onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
//             if (props.comment) {
//               if (coll.comment)
//                 coll.comment += "\n" + props.comment;
//               else
//                 coll.comment = props.comment;
//             }
//             offset = props.end;
//             continue;
//           }
//           if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
//             onError(
//               key,
//               // checked by containsNewline()
//               "MULTILINE_IMPLICIT_KEY",
//               "Implicit keys of flow sequence pairs need to be on a single line"
//             );
//         }
//         if (i === 0) {
//           if (props.comma)
//             onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
//         } else {
//           if (!props.comma)
//             onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
//           if (props.comment) {
//             let prevItemComment = "";
//             loop: for (const st of start) {
//               switch (st.type) {
//                 case "comma":
//                 case "space":
//                   break;
//                 case "comment":
//                   prevItemComment = st.source.substring(1);
//                   break loop;
//                 default:
//                   break loop;
//               }
//             }
//             if (prevItemComment) {
//               let prev = coll.items[coll.items.length - 1];
//               if (identity.isPair(prev))
//                 prev = prev.value ?? prev.key;
//               if (prev.comment)
//                 prev.comment += "\n" + prevItemComment;
//               else
//                 prev.comment = prevItemComment;
//               props.comment = props.comment.substring(prevItemComment.length + 1);
//             }
//           }
//         }
//         if (!isMap2 && !sep && !props.found) {
//           const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
//           coll.items.push(valueNode);
//           offset = valueNode.range[2];
//           if (isBlock(value))
//             onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
//         } else {
//           ctx.atKey = true;
//           const keyStart = props.end;
//           const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
//           if (isBlock(key))
//             onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
//           ctx.atKey = false;
//           const valueProps = resolveProps.resolveProps(sep ?? [], {
//             flow: fcName,
//             indicator: "map-value-ind",
//             next: value,
//             offset: keyNode.range[2],
//             onError,
//             parentIndent: fc.indent,
//             startOnNewline: false
//           });
//           if (valueProps.found) {
//             if (!isMap2 && !props.found && ctx.options.strict) {
//               if (sep)
//                 for (const st of sep) {
//                   if (st === valueProps.found)
//                     break;
//                   if (st.type === "newline") {
//                     onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
//                     break;
//                   }
//                 }
//               if (props.start < valueProps.found.offset - 1024)
//                 onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
//             }
//           } else if (value) {
//             if ("source" in value && value.source?.[0] === ":")
//               onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
//             else
//               onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
//           }
//           const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
//           if (valueNode) {
//             if (isBlock(value))
//               onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
//           } else if (valueProps.comment) {
//             if (keyNode.comment)
//               keyNode.comment += "\n" + valueProps.comment;
//             else
//               keyNode.comment = valueProps.comment;
//           }
//           const pair = new Pair2.Pair(keyNode, valueNode);
//           if (ctx.options.keepSourceTokens)
//             pair.srcToken = collItem;
//           if (isMap2) {
//             const map = coll;
//             if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
//               onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
//             map.items.push(pair);
//           } else {
//             const map = new YAMLMap2.YAMLMap(ctx.schema);
//             map.flow = true;
//             map.items.push(pair);
//             const endRange = (valueNode ?? keyNode).range;
//             map.range = [keyNode.range[0], endRange[1], endRange[2]];
//             coll.items.push(map);
//           }
//           offset = valueNode ? valueNode.range[2] : valueProps.end;
//         }
//       }
//       const expectedEnd = isMap2 ? "}" : "]";
//       const [ce, ...ee] = fc.end;
//       let cePos = offset;
//       if (ce?.source === expectedEnd)
//         cePos = ce.offset + ce.source.length;
//       else {
//         const name = fcName[0].toUpperCase() + fcName.substring(1);
//         const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
//         onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
//         if (ce && ce.source.length !== 1)
//           ee.unshift(ce);
//       }
//       if (ee.length > 0) {
//         const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
//         if (end.comment) {
//           if (coll.comment)
//             coll.comment += "\n" + end.comment;
//           else
//             coll.comment = end.comment;
//         }
//         coll.range = [fc.offset, cePos, end.offset];
//       } else {
//         coll.range = [fc.offset, cePos, cePos];
//       }
//       return coll;
//     }
//     exports2.resolveFlowCollection = resolveFlowCollection;
//   }
// });
// 
// // node_modules/yaml/dist/compose/compose-collection.js
// var require_compose_collection = __commonJS({
//   "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var Scalar2 = require_Scalar();
//     var YAMLMap2 = require_YAMLMap();
//     var YAMLSeq2 = require_YAMLSeq();
//     var resolveBlockMap = require_resolve_block_map();
//     var resolveBlockSeq = require_resolve_block_seq();
//     var resolveFlowCollection = require_resolve_flow_collection();
//     function resolveCollection(CN, ctx, token, onError, tagName, tag) {
//       const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
//       const Coll = coll.constructor;
//       if (tagName === "!" || tagName === Coll.tagName) {
//         coll.tag = Coll.tagName;
//         return coll;
//       }
//       if (tagName)
//         coll.tag = tagName;
//       return coll;
//     }
//     function composeCollection(CN, ctx, token, props, onError) {
//       const tagToken = props.tag;
//       const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
//       if (token.type === "block-seq") {
//         const { anchor, newlineAfterProp: nl } = props;
//         const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
//         if (lastProp && (!nl || nl.offset < lastProp.offset)) {
//           const message = "Missing newline after block sequence props";
//           onError(lastProp, "MISSING_CHAR", message);
//         }
//       }
//       const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
//       if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap2.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq2.YAMLSeq.tagName && expType === "seq") {
//         return resolveCollection(CN, ctx, token, onError, tagName);
//       }
//       let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
//       if (!tag) {
//         const kt = ctx.schema.knownTags[tagName];
//         if (kt?.collection === expType) {
//           ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
//           tag = kt;
//         } else {
//           if (kt) {
//             onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
//           } else {
//             onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
//           }
//           return resolveCollection(CN, ctx, token, onError, tagName);
//         }
//       }
//       const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
//       const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
//       const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
//       node.range = coll.range;
//       node.tag = tagName;
//       if (tag?.format)
//         node.format = tag.format;
//       return node;
//     }
//     exports2.composeCollection = composeCollection;
//   }
// });
// 
// // node_modules/yaml/dist/compose/resolve-block-scalar.js
// var require_resolve_block_scalar = __commonJS({
//   "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
//     "use strict";
//     var Scalar2 = require_Scalar();
//     function resolveBlockScalar(ctx, scalar, onError) {
//       const start = scalar.offset;
//       const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
//       if (!header)
//         return { value: "", type: null, comment: "", range: [start, start, start] };
//       const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
//       const lines = scalar.source ? splitLines(scalar.source) : [];
//       let chompStart = lines.length;
//       for (let i = lines.length - 1; i >= 0; --i) {
//         const content = lines[i][1];
//         if (content === "" || content === "\r")
//           chompStart = i;
//         else
//           break;
//       }
//       if (chompStart === 0) {
//         const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
//         let end2 = start + header.length;
//         if (scalar.source)
//           end2 += scalar.source.length;
//         return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
//       }
//       let trimIndent = scalar.indent + header.indent;
//       let offset = scalar.offset + header.length;
//       let contentStart = 0;
//       for (let i = 0; i < chompStart; ++i) {
//         const [indent, content] = lines[i];
//         if (content === "" || content === "\r") {
//           if (header.indent === 0 && indent.length > trimIndent)
//             trimIndent = indent.length;
//         } else {
//           if (indent.length < trimIndent) {
//             const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
//             onError(offset + indent.length, "MISSING_CHAR", message);
//           }
//           if (header.indent === 0)
//             trimIndent = indent.length;
//           contentStart = i;
//           if (trimIndent === 0 && !ctx.atRoot) {
//             const message = "Block scalar values in collections must be indented";
//             onError(offset, "BAD_INDENT", message);
//           }
//           break;
//         }
//         offset += indent.length + content.length + 1;
//       }
//       for (let i = lines.length - 1; i >= chompStart; --i) {
//         if (lines[i][0].length > trimIndent)
//           chompStart = i + 1;
//       }
//       let value = "";
//       let sep = "";
//       let prevMoreIndented = false;
//       for (let i = 0; i < contentStart; ++i)
//         value += lines[i][0].slice(trimIndent) + "\n";
//       for (let i = contentStart; i < chompStart; ++i) {
//         let [indent, content] = lines[i];
//         offset += indent.length + content.length + 1;
//         const crlf = content[content.length - 1] === "\r";
//         if (crlf)
//           content = content.slice(0, -1);
//         if (content && indent.length < trimIndent) {
//           const src = header.indent ? "explicit indentation indicator" : "first line";
//           const message = `Block scalar lines must not be less indented than their ${src}`;
//           onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
//           indent = "";
//         }
//         if (type === Scalar2.Scalar.BLOCK_LITERAL) {
//           value += sep + indent.slice(trimIndent) + content;
//           sep = "\n";
//         } else if (indent.length > trimIndent || content[0] === "	") {
//           if (sep === " ")
//             sep = "\n";
//           else if (!prevMoreIndented && sep === "\n")
//             sep = "\n\n";
//           value += sep + indent.slice(trimIndent) + content;
//           sep = "\n";
//           prevMoreIndented = true;
//         } else if (content === "") {
//           if (sep === "\n")
//             value += "\n";
//           else
//             sep = "\n";
//         } else {
//           value += sep + content;
//           sep = " ";
//           prevMoreIndented = false;
//         }
//       }
//       switch (header.chomp) {
//         case "-":
//           break;
//         case "+":
//           for (let i = chompStart; i < lines.length; ++i)
//             value += "\n" + lines[i][0].slice(trimIndent);
//           if (value[value.length - 1] !== "\n")
//             value += "\n";
//           break;
//         default:
//           value += "\n";
//       }
//       const end = start + header.length + scalar.source.length;
//       return { value, type, comment: header.comment, range: [start, end, end] };
//     }
//     function parseBlockScalarHeader({ offset, props }, strict, onError) {
//       if (props[0].type !== "block-scalar-header") {
//         onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
//         return null;
//       }
//       const { source } = props[0];
//       const mode = source[0];
//       let indent = 0;
//       let chomp = "";
//       let error = -1;
//       for (let i = 1; i < source.length; ++i) {
//         const ch = source[i];
//         if (!chomp && (ch === "-" || ch === "+"))
//           chomp = ch;
//         else {
//           const n = Number(ch);
//           if (!indent && n)
//             indent = n;
//           else if (error === -1)
//             error = offset + i;
//         }
//       }
//       if (error !== -1)
//         onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
//       let hasSpace = false;
//       let comment = "";
//       let length = source.length;
//       for (let i = 1; i < props.length; ++i) {
//         const token = props[i];
//         switch (token.type) {
//           case "space":
//             hasSpace = true;
//           // fallthrough
//           case "newline":
//             length += token.source.length;
//             break;
//           case "comment":
//             if (strict && !hasSpace) {
//               const message = "Comments must be separated from other tokens by white space characters";
//               onError(token, "MISSING_CHAR", message);
//             }
//             length += token.source.length;
//             comment = token.source.substring(1);
//             break;
//           case "error":
//             onError(token, "UNEXPECTED_TOKEN", token.message);
//             length += token.source.length;
//             break;
//           /* istanbul ignore next should not happen */
//           default: {
//             const message = `Unexpected token in block scalar header: ${token.type}`;
//             onError(token, "UNEXPECTED_TOKEN", message);
//             const ts = token.source;
//             if (ts && typeof ts === "string")
//               length += ts.length;
//           }
//         }
//       }
//       return { mode, indent, chomp, comment, length };
//     }
//     function splitLines(source) {
//       const split = source.split(/\n( *)/);
//       const first = split[0];
//       const m = first.match(/^( *)/);
//       const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
//       const lines = [line0];
//       for (let i = 1; i < split.length; i += 2)
//         lines.push([split[i], split[i + 1]]);
//       return lines;
//     }
//     exports2.resolveBlockScalar = resolveBlockScalar;
//   }
// });
// 
// // node_modules/yaml/dist/compose/resolve-flow-scalar.js
// var require_resolve_flow_scalar = __commonJS({
//   "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
//     "use strict";
//     var Scalar2 = require_Scalar();
//     var resolveEnd = require_resolve_end();
//     function resolveFlowScalar(scalar, strict, onError) {
//       const { offset, type, source, end } = scalar;
//       let _type;
//       let value;
//       const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
//       switch (type) {
//         case "scalar":
//           _type = Scalar2.Scalar.PLAIN;
//           value = plainValue(source, _onError);
//           break;
//         case "single-quoted-scalar":
//           _type = Scalar2.Scalar.QUOTE_SINGLE;
//           value = singleQuotedValue(source, _onError);
//           break;
//         case "double-quoted-scalar":
//           _type = Scalar2.Scalar.QUOTE_DOUBLE;
//           value = doubleQuotedValue(source, _onError);
//           break;
//         /* istanbul ignore next should not happen */
//         default:
//           onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
//           return {
//             value: "",
//             type: null,
//             comment: "",
//             range: [offset, offset + source.length, offset + source.length]
//           };
//       }
//       const valueEnd = offset + source.length;
//       const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
//       return {
//         value,
//         type: _type,
//         comment: re.comment,
//         range: [offset, valueEnd, re.offset]
//       };
//     }
//     function plainValue(source, onError) {
//       let badChar = "";
//       switch (source[0]) {
//         /* istanbul ignore next should not happen */
//         case "	":
//           badChar = "a tab character";
//           break;
//         case ",":
//           badChar = "flow indicator character ,";
//           break;
//         case "%":
//           badChar = "directive indicator character %";
//           break;
//         case "|":
//         case ">": {
//           badChar = `block scalar indicator ${source[0]}`;
//           break;
//         }
//         case "@":
//         case "`": {
//           badChar = `reserved character ${source[0]}`;
//           break;
//         }
//       }
//       if (badChar)
//         onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
//       return unfoldLines(source);
//     }
//     function singleQuotedValue(source, onError) {
//       if (source[source.length - 1] !== "'" || source.length === 1)
//         onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
//       return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
//     }
//     function unfoldLines(source) {
//       const line = /(.*?)\r?\n/sy;
//       let match = line.exec(source);
//       if (!match)
//         return source;
//       let trimEnd, trimBoth;
//       try {
//         trimEnd = new RegExp("(?<![ 	])[ 	]+$");
//         trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
//       } catch {
//         trimEnd = /[ \t]+$/;
//         trimBoth = /^[ \t]+|[ \t]+$/g;
//       }
//       let res = match[1].replace(trimEnd, "");
//       let sep = " ";
//       let pos = line.lastIndex;
//       while (match = line.exec(source)) {
//         const lm = match[1].replace(trimBoth, "");
//         if (lm === "") {
//           if (sep === "\n")
//             res += sep;
//           else
//             sep = "\n";
//         } else {
//           res += sep + lm;
//           sep = " ";
//         }
//         pos = line.lastIndex;
//       }
//       const last = /[ \t]*(.*)/sy;
//       last.lastIndex = pos;
//       match = last.exec(source);
//       return res + sep + (match?.[1] ?? "");
//     }
//     function doubleQuotedValue(source, onError) {
//       let res = "";
//       for (let i = 1; i < source.length - 1; ++i) {
//         const ch = source[i];
//         if (ch === "\r" && source[i + 1] === "\n")
//           continue;
//         if (ch === "\n") {
//           const { fold, offset } = foldNewline(source, i);
//           res += fold;
//           i = offset;
//         } else if (ch === "\\") {
//           let next = source[++i];
//           const cc = escapeCodes[next];
//           if (cc)
//             res += cc;
//           else if (next === "\n") {
//             next = source[i + 1];
//             while (next === " " || next === "	")
//               next = source[++i + 1];
//           } else if (next === "\r" && source[i + 1] === "\n") {
//             next = source[++i + 1];
//             while (next === " " || next === "	")
//               next = source[++i + 1];
//           } else if (next === "x" || next === "u" || next === "U") {
//             const length = next === "x" ? 2 : next === "u" ? 4 : 8;
//             res += parseCharCode(source, i + 1, length, onError);
//             i += length;
//           } else {
//             const raw = source.substr(i - 1, 2);
//             onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
//             res += raw;
//           }
//         } else if (ch === " " || ch === "	") {
//           const wsStart = i;
//           let next = source[i + 1];
//           while (next === " " || next === "	")
//             next = source[++i + 1];
//           if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
//             res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
//         } else {
//           res += ch;
//         }
//       }
//       if (source[source.length - 1] !== '"' || source.length === 1)
//         onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
//       return res;
//     }
//     function foldNewline(source, offset) {
//       let fold = "";
//       let ch = source[offset + 1];
//       while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
//         if (ch === "\r" && source[offset + 2] !== "\n")
//           break;
//         if (ch === "\n")
//           fold += "\n";
//         offset += 1;
//         ch = source[offset + 1];
//       }
//       if (!fold)
//         fold = " ";
//       return { fold, offset };
//     }
//     var escapeCodes = {
//       "0": "\0",
//       // null character
//       a: "\x07",
//       // bell character
//       b: "\b",
//       // backspace
//       e: "\x1B",
//       // escape character
//       f: "\f",
//       // form feed
//       n: "\n",
//       // line feed
//       r: "\r",
//       // carriage return
//       t: "	",
//       // horizontal tab
//       v: "\v",
//       // vertical tab
//       N: "\x85",
//       // Unicode next line
//       _: "\xA0",
//       // Unicode non-breaking space
//       L: "\u2028",
//       // Unicode line separator
//       P: "\u2029",
//       // Unicode paragraph separator
//       " ": " ",
//       '"': '"',
//       "/": "/",
//       "\\": "\\",
//       "	": "	"
//     };
//     function parseCharCode(source, offset, length, onError) {
//       const cc = source.substr(offset, length);
//       const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
//       const code = ok ? parseInt(cc, 16) : NaN;
//       try {
//         return String.fromCodePoint(code);
//       } catch {
//         const raw = source.substr(offset - 2, length + 2);
//         onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
//         return raw;
//       }
//     }
//     exports2.resolveFlowScalar = resolveFlowScalar;
//   }
// });
// 
// // node_modules/yaml/dist/compose/compose-scalar.js
// var require_compose_scalar = __commonJS({
//   "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
//     "use strict";
//     var identity = require_identity();
//     var Scalar2 = require_Scalar();
//     var resolveBlockScalar = require_resolve_block_scalar();
//     var resolveFlowScalar = require_resolve_flow_scalar();
//     function composeScalar(ctx, token, tagToken, onError) {
//       const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
//       const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
//       let tag;
//       if (ctx.options.stringKeys && ctx.atKey) {
//         tag = ctx.schema[identity.SCALAR];
//       } else if (tagName)
//         tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
//       else if (token.type === "scalar")
//         tag = findScalarTagByTest(ctx, value, token, onError);
//       else
//         tag = ctx.schema[identity.SCALAR];
//       let scalar;
//       try {
//         const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
//         scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
//       } catch (error) {
//         const msg = error instanceof Error ? error.message : String(error);
//         onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
//         scalar = new Scalar2.Scalar(value);
//       }
//       scalar.range = range;
//       scalar.source = value;
//       if (type)
//         scalar.type = type;
//       if (tagName)
//         scalar.tag = tagName;
//       if (tag.format)
//         scalar.format = tag.format;
//       if (comment)
//         scalar.comment = comment;
//       return scalar;
//     }
//     function findScalarTagByName(schema, value, tagName, tagToken, onError) {
//       if (tagName === "!")
//         return schema[identity.SCALAR];
//       const matchWithTest = [];
//       for (const tag of schema.tags) {
//         if (!tag.collection && tag.tag === tagName) {
//           if (tag.default && tag.test)
//             matchWithTest.push(tag);
//           else
//             return tag;
//         }
//       }
//       for (const tag of matchWithTest)
//         if (tag.test?.test(value))
//           return tag;
//       const kt = schema.knownTags[tagName];
//       if (kt && !kt.collection) {
//         schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
//         return kt;
//       }
//       onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
//       return schema[identity.SCALAR];
//     }
//     function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
//       const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
//       if (schema.compat) {
//         const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
//         if (tag.tag !== compat.tag) {
//           const ts = directives.tagString(tag.tag);
//           const cs = directives.tagString(compat.tag);
//           const msg = `Value may be parsed as either ${ts} or ${cs}`;
//           onError(token, "TAG_RESOLVE_FAILED", msg, true);
//         }
//       }
//       return tag;
//     }
//     exports2.composeScalar = composeScalar;
//   }
// });
// 
// // node_modules/yaml/dist/compose/util-empty-scalar-position.js
// var require_util_empty_scalar_position = __commonJS({
//   "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
//     "use strict";
//     function emptyScalarPosition(offset, before, pos) {
//       if (before) {
//         pos ?? (pos = before.length);
//         for (let i = pos - 1; i >= 0; --i) {
//           let st = before[i];
//           switch (st.type) {
//             case "space":
//             case "comment":
//             case "newline":
//               offset -= st.source.length;
//               continue;
//           }
//           st = before[++i];
//           while (st?.type === "space") {
//             offset += st.source.length;
//             st = before[++i];
//           }
//           break;
//         }
//       }
//       return offset;
//     }
//     exports2.emptyScalarPosition = emptyScalarPosition;
//   }
// });
// 
// // node_modules/yaml/dist/compose/compose-node.js
// var require_compose_node = __commonJS({
//   "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
//     "use strict";
//     var Alias2 = require_Alias();
//     var identity = require_identity();
//     var composeCollection = require_compose_collection();
//     var composeScalar = require_compose_scalar();
//     var resolveEnd = require_resolve_end();
//     var utilEmptyScalarPosition = require_util_empty_scalar_position();
//     var CN = { composeNode, composeEmptyNode };
//     function composeNode(ctx, token, props, onError) {
//       const atKey = ctx.atKey;
//       const { spaceBefore, comment, anchor, tag } = props;
//       let node;
//       let isSrcToken = true;
//       switch (token.type) {
//         case "alias":
//           node = composeAlias(ctx, token, onError);
//           if (anchor || tag)
//             onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
//           break;
//         case "scalar":
//         case "single-quoted-scalar":
//         case "double-quoted-scalar":
//         case "block-scalar":
//           node = composeScalar.composeScalar(ctx, token, tag, onError);
//           if (anchor)
//             node.anchor = anchor.source.substring(1);
//           break;
//         case "block-map":
//         case "block-seq":
//         case "flow-collection":
//           try {
//             node = composeCollection.composeCollection(CN, ctx, token, props, onError);
//             if (anchor)
//               node.anchor = anchor.source.substring(1);
//           } catch (error) {
//             const message = error instanceof Error ? error.message : String(error);
//             onError(token, "RESOURCE_EXHAUSTION", message);
//           }
//           break;
//         default: {
//           const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
//           onError(token, "UNEXPECTED_TOKEN", message);
//           isSrcToken = false;
//         }
//       }
//       node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
//       if (anchor && node.anchor === "")
//         onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
//       if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
//         const msg = "With stringKeys, all keys must be strings";
//         onError(tag ?? token, "NON_STRING_KEY", msg);
//       }
//       if (spaceBefore)
//         node.spaceBefore = true;
//       if (comment) {
//         if (token.type === "scalar" && token.source === "")
//           node.comment = comment;
//         else
//           node.commentBefore = comment;
//       }
//       if (ctx.options.keepSourceTokens && isSrcToken)
//         node.srcToken = token;
//       return node;
//     }
//     function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
//       const token = {
//         type: "scalar",
//         offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
//         indent: -1,
//         source: ""
//       };
//       const node = composeScalar.composeScalar(ctx, token, tag, onError);
//       if (anchor) {
//         node.anchor = anchor.source.substring(1);
//         if (node.anchor === "")
//           onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
//       }
//       if (spaceBefore)
//         node.spaceBefore = true;
//       if (comment) {
//         node.comment = comment;
//         node.range[2] = end;
//       }
//       return node;
//     }
//     function composeAlias({ options }, { offset, source, end }, onError) {
//       const alias = new Alias2.Alias(source.substring(1));
//       if (alias.source === "")
//         onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
//       if (alias.source.endsWith(":"))
//         onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
//       const valueEnd = offset + source.length;
//       const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
//       alias.range = [offset, valueEnd, re.offset];
//       if (re.comment)
//         alias.comment = re.comment;
//       return alias;
//     }
//     exports2.composeEmptyNode = composeEmptyNode;
//     exports2.composeNode = composeNode;
//   }
// });
// 
// // node_modules/yaml/dist/compose/compose-doc.js
// var require_compose_doc = __commonJS({
//   "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
//     "use strict";
//     var Document2 = require_Document();
//     var composeNode = require_compose_node();
//     var resolveEnd = require_resolve_end();
//     var resolveProps = require_resolve_props();
//     function composeDoc(options, directives, { offset, start, value, end }, onError) {
//       const opts = Object.assign({ _directives: directives }, options);
//       const doc = new Document2.Document(void 0, opts);
//       const ctx = {
//         atKey: false,
//         atRoot: true,
//         directives: doc.directives,
//         options: doc.options,
//         schema: doc.schema
//       };
//       const props = resolveProps.resolveProps(start, {
//         indicator: "doc-start",
//         next: value ?? end?.[0],
//         offset,
//         onError,
//         parentIndent: 0,
//         startOnNewline: true
//       });
//       if (props.found) {
//         doc.directives.docStart = true;
//         if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
//           onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
//       }
//       doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
//       const contentEnd = doc.contents.range[2];
//       const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
//       if (re.comment)
//         doc.comment = re.comment;
//       doc.range = [offset, contentEnd, re.offset];
//       return doc;
//     }
//     exports2.composeDoc = composeDoc;
//   }
// });
// 
// // node_modules/yaml/dist/compose/composer.js
// var require_composer = __commonJS({
//   "node_modules/yaml/dist/compose/composer.js"(exports2) {
//     "use strict";
//     var node_process = require("process");
//     var directives = require_directives();
//     var Document2 = require_Document();
//     var errors = require_errors();
//     var identity = require_identity();
//     var composeDoc = require_compose_doc();
//     var resolveEnd = require_resolve_end();
//     function getErrorPos(src) {
//       if (typeof src === "number")
//         return [src, src + 1];
//       if (Array.isArray(src))
//         return src.length === 2 ? src : [src[0], src[1]];
//       const { offset, source } = src;
//       return [offset, offset + (typeof source === "string" ? source.length : 1)];
//     }
//     function parsePrelude(prelude) {
//       let comment = "";
//       let atComment = false;
//       let afterEmptyLine = false;
//       for (let i = 0; i < prelude.length; ++i) {
//         const source = prelude[i];
//         switch (source[0]) {
//           case "#":
//             comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
//             atComment = true;
//             afterEmptyLine = false;
//             break;
//           case "%":
//             if (prelude[i + 1]?.[0] !== "#")
//               i += 1;
//             atComment = false;
//             break;
//           default:
//             if (!atComment)
//               afterEmptyLine = true;
//             atComment = false;
//         }
//       }
//       return { comment, afterEmptyLine };
//     }
//     var Composer2 = class {
//       constructor(options = {}) {
//         this.doc = null;
//         this.atDirectives = false;
//         this.prelude = [];
//         this.errors = [];
//         this.warnings = [];
//         this.onError = (source, code, message, warning) => {
//           const pos = getErrorPos(source);
//           if (warning)
//             this.warnings.push(new errors.YAMLWarning(pos, code, message));
//           else
//             this.errors.push(new errors.YAMLParseError(pos, code, message));
//         };
//         this.directives = new directives.Directives({ version: options.version || "1.2" });
//         this.options = options;
//       }
//       decorate(doc, afterDoc) {
//         const { comment, afterEmptyLine } = parsePrelude(this.prelude);
//         if (comment) {
//           const dc = doc.contents;
//           if (afterDoc) {
//             doc.comment = doc.comment ? `${doc.comment}
// ${comment}` : comment;
//           } else if (afterEmptyLine || doc.directives.docStart || !dc) {
//             doc.commentBefore = comment;
//           } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
//             let it = dc.items[0];
//             if (identity.isPair(it))
//               it = it.key;
//             const cb = it.commentBefore;
//             it.commentBefore = cb ? `${comment}
// ${cb}` : comment;
//           } else {
//             const cb = dc.commentBefore;
//             dc.commentBefore = cb ? `${comment}
// ${cb}` : comment;
//           }
//         }
//         if (afterDoc) {
//           for (let i = 0; i < this.errors.length; ++i)
//             doc.errors.push(this.errors[i]);
//           for (let i = 0; i < this.warnings.length; ++i)
//             doc.warnings.push(this.warnings[i]);
//         } else {
//           doc.errors = this.errors;
//           doc.warnings = this.warnings;
//         }
//         this.prelude = [];
//         this.errors = [];
//         this.warnings = [];
//       }
//       /**
//        * Current stream status information.
//        *
//        * Mostly useful at the end of input for an empty stream.
//        */
//       streamInfo() {
//         return {
//           comment: parsePrelude(this.prelude).comment,
//           directives: this.directives,
//           errors: this.errors,
//           warnings: this.warnings
//         };
//       }
//       /**
//        * Compose tokens into documents.
//        *
//        * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
//        * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
//        */
//       *compose(tokens, forceDoc = false, endOffset = -1) {
//         for (const token of tokens)
//           yield* this.next(token);
//         yield* this.end(forceDoc, endOffset);
//       }
//       /** Advance the composer by one CST token. */
//       *next(token) {
//         if (node_process.env.LOG_STREAM)
//           console.dir(token, { depth: null });
//         switch (token.type) {
//           case "directive":
//             this.directives.add(token.source, (offset, message, warning) => {
//               const pos = getErrorPos(token);
//               pos[0] += offset;
//               this.onError(pos, "BAD_DIRECTIVE", message, warning);
//             });
//             this.prelude.push(token.source);
//             this.atDirectives = true;
//             break;
//           case "document": {
//             const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
//             if (this.atDirectives && !doc.directives.docStart)
//               this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
//             this.decorate(doc, false);
//             if (this.doc)
//               yield this.doc;
//             this.doc = doc;
//             this.atDirectives = false;
//             break;
//           }
//           case "byte-order-mark":
//           case "space":
//             break;
//           case "comment":
//           case "newline":
//             this.prelude.push(token.source);
//             break;
//           case "error": {
//             const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
//             const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
//             if (this.atDirectives || !this.doc)
//               this.errors.push(error);
//             else
//               this.doc.errors.push(error);
//             break;
//           }
//           case "doc-end": {
//             if (!this.doc) {
//               const msg = "Unexpected doc-end without preceding document";
//               this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
//               break;
//             }
//             this.doc.directives.docEnd = true;
//             const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
//             this.decorate(this.doc, true);
//             if (end.comment) {
//               const dc = this.doc.comment;
//               this.doc.comment = dc ? `${dc}
// ${end.comment}` : end.comment;
//             }
//             this.doc.range[2] = end.offset;
//             break;
//           }
//           default:
//             this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
//         }
//       }
//       /**
//        * Call at end of input to yield any remaining document.
//        *
//        * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
//        * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
//        */
//       *end(forceDoc = false, endOffset = -1) {
//         if (this.doc) {
//           this.decorate(this.doc, true);
//           yield this.doc;
//           this.doc = null;
//         } else if (forceDoc) {
//           const opts = Object.assign({ _directives: this.directives }, this.options);
//           const doc = new Document2.Document(void 0, opts);
//           if (this.atDirectives)
//             this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
//           doc.range = [0, endOffset, endOffset];
//           this.decorate(doc, false);
//           yield doc;
//         }
//       }
//     };
//     exports2.Composer = Composer2;
//   }
// });
// 
// // node_modules/yaml/dist/parse/cst-scalar.js
// var require_cst_scalar = __commonJS({
//   "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
//     "use strict";
//     var resolveBlockScalar = require_resolve_block_scalar();
//     var resolveFlowScalar = require_resolve_flow_scalar();
//     var errors = require_errors();
//     var stringifyString = require_stringifyString();
//     function resolveAsScalar(token, strict = true, onError) {
//       if (token) {
//         const _onError = (pos, code, message) => {
//           const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
//           if (onError)
//             onError(offset, code, message);
//           else
//             throw new errors.YAMLParseError([offset, offset + 1], code, message);
//         };
//         switch (token.type) {
//           case "scalar":
//           case "single-quoted-scalar":
//           case "double-quoted-scalar":
//             return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
//           case "block-scalar":
//             return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
//         }
//       }
//       return null;
//     }
//     function createScalarToken(value, context) {
//       const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
//       const source = stringifyString.stringifyString({ type, value }, {
//         implicitKey,
//         indent: indent > 0 ? " ".repeat(indent) : "",
//         inFlow,
//         options: { blockQuote: true, lineWidth: -1 }
//       });
//       const end = context.end ?? [
//         { type: "newline", offset: -1, indent, source: "\n" }
//       ];
//       switch (source[0]) {
//         case "|":
//         case ">": {
//           const he = source.indexOf("\n");
//           const head = source.substring(0, he);
//           const body = source.substring(he + 1) + "\n";
//           const props = [
//             { type: "block-scalar-header", offset, indent, source: head }
//           ];
//           if (!addEndtoBlockProps(props, end))
//             props.push({ type: "newline", offset: -1, indent, source: "\n" });
//           return { type: "block-scalar", offset, indent, props, source: body };
//         }
//         case '"':
//           return { type: "double-quoted-scalar", offset, indent, source, end };
//         case "'":
//           return { type: "single-quoted-scalar", offset, indent, source, end };
//         default:
//           return { type: "scalar", offset, indent, source, end };
//       }
//     }
//     function setScalarValue(token, value, context = {}) {
//       let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
//       let indent = "indent" in token ? token.indent : null;
//       if (afterKey && typeof indent === "number")
//         indent += 2;
//       if (!type)
//         switch (token.type) {
//           case "single-quoted-scalar":
//             type = "QUOTE_SINGLE";
//             break;
//           case "double-quoted-scalar":
//             type = "QUOTE_DOUBLE";
//             break;
//           case "block-scalar": {
//             const header = token.props[0];
//             if (header.type !== "block-scalar-header")
//               throw new Error("Invalid block scalar header");
//             type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
//             break;
//           }
//           default:
//             type = "PLAIN";
//         }
//       const source = stringifyString.stringifyString({ type, value }, {
//         implicitKey: implicitKey || indent === null,
//         indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
//         inFlow,
//         options: { blockQuote: true, lineWidth: -1 }
//       });
//       switch (source[0]) {
//         case "|":
//         case ">":
//           setBlockScalarValue(token, source);
//           break;
//         case '"':
//           setFlowScalarValue(token, source, "double-quoted-scalar");
//           break;
//         case "'":
//           setFlowScalarValue(token, source, "single-quoted-scalar");
//           break;
//         default:
//           setFlowScalarValue(token, source, "scalar");
//       }
//     }
//     function setBlockScalarValue(token, source) {
//       const he = source.indexOf("\n");
//       const head = source.substring(0, he);
//       const body = source.substring(he + 1) + "\n";
//       if (token.type === "block-scalar") {
//         const header = token.props[0];
//         if (header.type !== "block-scalar-header")
//           throw new Error("Invalid block scalar header");
//         header.source = head;
//         token.source = body;
//       } else {
//         const { offset } = token;
//         const indent = "indent" in token ? token.indent : -1;
//         const props = [
//           { type: "block-scalar-header", offset, indent, source: head }
//         ];
//         if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
//           props.push({ type: "newline", offset: -1, indent, source: "\n" });
//         for (const key of Object.keys(token))
//           if (key !== "type" && key !== "offset")
//             delete token[key];
//         Object.assign(token, { type: "block-scalar", indent, props, source: body });
//       }
//     }
//     function addEndtoBlockProps(props, end) {
//       if (end)
//         for (const st of end)
//           switch (st.type) {
//             case "space":
//             case "comment":
//               props.push(st);
//               break;
//             case "newline":
//               props.push(st);
//               return true;
//           }
//       return false;
//     }
//     function setFlowScalarValue(token, source, type) {
//       switch (token.type) {
//         case "scalar":
//         case "double-quoted-scalar":
//         case "single-quoted-scalar":
//           token.type = type;
//           token.source = source;
//           break;
//         case "block-scalar": {
//           const end = token.props.slice(1);
//           let oa = source.length;
//           if (token.props[0].type === "block-scalar-header")
//             oa -= token.props[0].source.length;
//           for (const tok of end)
//             tok.offset += oa;
//           delete token.props;
//           Object.assign(token, { type, source, end });
//           break;
//         }
//         case "block-map":
//         case "block-seq": {
//           const offset = token.offset + source.length;
//           const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
//           delete token.items;
//           Object.assign(token, { type, source, end: [nl] });
//           break;
//         }
//         default: {
//           const indent = "indent" in token ? token.indent : -1;
//           const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
//           for (const key of Object.keys(token))
//             if (key !== "type" && key !== "offset")
//               delete token[key];
//           Object.assign(token, { type, indent, source, end });
//         }
//       }
//     }
//     exports2.createScalarToken = createScalarToken;
//     exports2.resolveAsScalar = resolveAsScalar;
//     exports2.setScalarValue = setScalarValue;
//   }
// });
// 
// // node_modules/yaml/dist/parse/cst-stringify.js
// var require_cst_stringify = __commonJS({
//   "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
//     "use strict";
//     var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
//     function stringifyToken(token) {
//       switch (token.type) {
//         case "block-scalar": {
//           let res = "";
//           for (const tok of token.props)
//             res += stringifyToken(tok);
//           return res + token.source;
//         }
//         case "block-map":
//         case "block-seq": {
//           let res = "";
//           for (const item of token.items)
//             res += stringifyItem(item);
//           return res;
//         }
//         case "flow-collection": {
//           let res = token.start.source;
//           for (const item of token.items)
//             res += stringifyItem(item);
//           for (const st of token.end)
//             res += st.source;
//           return res;
//         }
//         case "document": {
//           let res = stringifyItem(token);
//           if (token.end)
//             for (const st of token.end)
//               res += st.source;
//           return res;
//         }
//         default: {
//           let res = token.source;
//           if ("end" in token && token.end)
//             for (const st of token.end)
//               res += st.source;
//           return res;
//         }
//       }
//     }
//     function stringifyItem({ start, key, sep, value }) {
//       let res = "";
//       for (const st of start)
//         res += st.source;
//       if (key)
//         res += stringifyToken(key);
//       if (sep)
//         for (const st of sep)
//           res += st.source;
//       if (value)
//         res += stringifyToken(value);
//       return res;
//     }
//     exports2.stringify = stringify2;
//   }
// });
// 
// // node_modules/yaml/dist/parse/cst-visit.js
// var require_cst_visit = __commonJS({
//   "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
//     "use strict";
//     var BREAK = /* @__PURE__ */ Symbol("break visit");
//     var SKIP = /* @__PURE__ */ Symbol("skip children");
//     var REMOVE = /* @__PURE__ */ Symbol("remove item");
//     function visit2(cst, visitor) {
//       if ("type" in cst && cst.type === "document")
//         cst = { start: cst.start, value: cst.value };
//       _visit(Object.freeze([]), cst, visitor);
//     }
//     visit2.BREAK = BREAK;
//     visit2.SKIP = SKIP;
//     visit2.REMOVE = REMOVE;
//     visit2.itemAtPath = (cst, path) => {
//       let item = cst;
//       for (const [field, index] of path) {
//         const tok = item?.[field];
//         if (tok && "items" in tok) {
//           item = tok.items[index];
//         } else
//           return void 0;
//       }
//       return item;
//     };
//     visit2.parentCollection = (cst, path) => {
//       const parent = visit2.itemAtPath(cst, path.slice(0, -1));
//       const field = path[path.length - 1][0];
//       const coll = parent?.[field];
//       if (coll && "items" in coll)
//         return coll;
//       throw new Error("Parent collection not found");
//     };
//     function _visit(path, item, visitor) {
//       let ctrl = visitor(item, path);
//       if (typeof ctrl === "symbol")
//         return ctrl;
//       for (const field of ["key", "value"]) {
//         const token = item[field];
//         if (token && "items" in token) {
//           for (let i = 0; i < token.items.length; ++i) {
//             const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
//             if (typeof ci === "number")
//               i = ci - 1;
//             else if (ci === BREAK)
//               return BREAK;
//             else if (ci === REMOVE) {
//               token.items.splice(i, 1);
//               i -= 1;
//             }
//           }
//           if (typeof ctrl === "function" && field === "key")
//             ctrl = ctrl(item, path);
//         }
//       }
//       return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
//     }
//     exports2.visit = visit2;
//   }
// });
// 
// // node_modules/yaml/dist/parse/cst.js
// var require_cst = __commonJS({
//   "node_modules/yaml/dist/parse/cst.js"(exports2) {
//     "use strict";
//     var cstScalar = require_cst_scalar();
//     var cstStringify = require_cst_stringify();
//     var cstVisit = require_cst_visit();
//     var BOM = "\uFEFF";
//     var DOCUMENT = "";
//     var FLOW_END = "";
//     var SCALAR = "";
//     var isCollection2 = (token) => !!token && "items" in token;
//     var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
//     function prettyToken(token) {
//       switch (token) {
//         case BOM:
//           return "<BOM>";
//         case DOCUMENT:
//           return "<DOC>";
//         case FLOW_END:
//           return "<FLOW_END>";
//         case SCALAR:
//           return "<SCALAR>";
//         default:
//           return JSON.stringify(token);
//       }
//     }
//     function tokenType(source) {
//       switch (source) {
//         case BOM:
//           return "byte-order-mark";
//         case DOCUMENT:
//           return "doc-mode";
//         case FLOW_END:
//           return "flow-error-end";
//         case SCALAR:
//           return "scalar";
//         case "---":
//           return "doc-start";
//         case "...":
//           return "doc-end";
//         case "":
//         case "\n":
//         case "\r\n":
//           return "newline";
//         case "-":
//           return "seq-item-ind";
//         case "?":
//           return "explicit-key-ind";
//         case ":":
//           return "map-value-ind";
//         case "{":
//           return "flow-map-start";
//         case "}":
//           return "flow-map-end";
//         case "[":
//           return "flow-seq-start";
//         case "]":
//           return "flow-seq-end";
//         case ",":
//           return "comma";
//       }
//       switch (source[0]) {
//         case " ":
//         case "	":
//           return "space";
//         case "#":
//           return "comment";
//         case "%":
//           return "directive-line";
//         case "*":
//           return "alias";
//         case "&":
//           return "anchor";
//         case "!":
//           return "tag";
//         case "'":
//           return "single-quoted-scalar";
//         case '"':
//           return "double-quoted-scalar";
//         case "|":
//         case ">":
//           return "block-scalar-header";
//       }
//       return null;
//     }
//     exports2.createScalarToken = cstScalar.createScalarToken;
//     exports2.resolveAsScalar = cstScalar.resolveAsScalar;
//     exports2.setScalarValue = cstScalar.setScalarValue;
//     exports2.stringify = cstStringify.stringify;
//     exports2.visit = cstVisit.visit;
//     exports2.BOM = BOM;
//     exports2.DOCUMENT = DOCUMENT;
//     exports2.FLOW_END = FLOW_END;
//     exports2.SCALAR = SCALAR;
//     exports2.isCollection = isCollection2;
//     exports2.isScalar = isScalar2;
//     exports2.prettyToken = prettyToken;
//     exports2.tokenType = tokenType;
//   }
// });
// 
// // node_modules/yaml/dist/parse/lexer.js
// var require_lexer = __commonJS({
//   "node_modules/yaml/dist/parse/lexer.js"(exports2) {
//     "use strict";
//     var cst = require_cst();
//     function isEmpty(ch) {
//       switch (ch) {
//         case void 0:
//         case " ":
//         case "\n":
//         case "\r":
//         case "	":
//           return true;
//         default:
//           return false;
//       }
//     }
//     var hexDigits = new Set("0123456789ABCDEFabcdef");
//     var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
//     var flowIndicatorChars = new Set(",[]{}");
//     var invalidAnchorChars = new Set(" ,[]{}\n\r	");
//     var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
//     var Lexer2 = class {
//       constructor() {
//         this.atEnd = false;
//         this.blockScalarIndent = -1;
//         this.blockScalarKeep = false;
//         this.buffer = "";
//         this.flowKey = false;
//         this.flowLevel = 0;
//         this.indentNext = 0;
//         this.indentValue = 0;
//         this.lineEndPos = null;
//         this.next = null;
//         this.pos = 0;
//       }
//       /**
//        * Generate YAML tokens from the `source` string. If `incomplete`,
//        * a part of the last line may be left as a buffer for the next call.
//        *
//        * @returns A generator of lexical tokens
//        */
//       *lex(source, incomplete = false) {
//         if (source) {
//           if (typeof source !== "string")
//             throw TypeError("source is not a string");
//           this.buffer = this.buffer ? this.buffer + source : source;
//           this.lineEndPos = null;
//         }
//         this.atEnd = !incomplete;
//         let next = this.next ?? "stream";
//         while (next && (incomplete || this.hasChars(1)))
//           next = yield* this.parseNext(next);
//       }
//       atLineEnd() {
//         let i = this.pos;
//         let ch = this.buffer[i];
//         while (ch === " " || ch === "	")
//           ch = this.buffer[++i];
//         if (!ch || ch === "#" || ch === "\n")
//           return true;
//         if (ch === "\r")
//           return this.buffer[i + 1] === "\n";
//         return false;
//       }
//       charAt(n) {
//         return this.buffer[this.pos + n];
//       }
//       continueScalar(offset) {
//         let ch = this.buffer[offset];
//         if (this.indentNext > 0) {
//           let indent = 0;
//           while (ch === " ")
//             ch = this.buffer[++indent + offset];
//           if (ch === "\r") {
//             const next = this.buffer[indent + offset + 1];
//             if (next === "\n" || !next && !this.atEnd)
//               return offset + indent + 1;
//           }
//           return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
//         }
//         if (ch === "-" || ch === ".") {
//           const dt = this.buffer.substr(offset, 3);
//           if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
//             return -1;
//         }
//         return offset;
//       }
//       getLine() {
//         let end = this.lineEndPos;
//         if (typeof end !== "number" || end !== -1 && end < this.pos) {
//           end = this.buffer.indexOf("\n", this.pos);
//           this.lineEndPos = end;
//         }
//         if (end === -1)
//           return this.atEnd ? this.buffer.substring(this.pos) : null;
//         if (this.buffer[end - 1] === "\r")
//           end -= 1;
//         return this.buffer.substring(this.pos, end);
//       }
//       hasChars(n) {
//         return this.pos + n <= this.buffer.length;
//       }
//       setNext(state) {
//         this.buffer = this.buffer.substring(this.pos);
//         this.pos = 0;
//         this.lineEndPos = null;
//         this.next = state;
//         return null;
//       }
//       peek(n) {
//         return this.buffer.substr(this.pos, n);
//       }
//       *parseNext(next) {
//         switch (next) {
//           case "stream":
//             return yield* this.parseStream();
//           case "line-start":
//             return yield* this.parseLineStart();
//           case "block-start":
//             return yield* this.parseBlockStart();
//           case "doc":
//             return yield* this.parseDocument();
//           case "flow":
//             return yield* this.parseFlowCollection();
//           case "quoted-scalar":
//             return yield* this.parseQuotedScalar();
//           case "block-scalar":
//             return yield* this.parseBlockScalar();
//           case "plain-scalar":
//             return yield* this.parsePlainScalar();
//         }
//       }
//       *parseStream() {
//         let line = this.getLine();
//         if (line === null)
//           return this.setNext("stream");
//         if (line[0] === cst.BOM) {
//           yield* this.pushCount(1);
//           line = line.substring(1);
//         }
//         if (line[0] === "%") {
//           let dirEnd = line.length;
//           let cs = line.indexOf("#");
//           while (cs !== -1) {
//             const ch = line[cs - 1];
//             if (ch === " " || ch === "	") {
//               dirEnd = cs - 1;
//               break;
//             } else {
//               cs = line.indexOf("#", cs + 1);
//             }
//           }
//           while (true) {
//             const ch = line[dirEnd - 1];
//             if (ch === " " || ch === "	")
//               dirEnd -= 1;
//             else
//               break;
//           }
//           const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
//           yield* this.pushCount(line.length - n);
//           this.pushNewline();
//           return "stream";
//         }
//         if (this.atLineEnd()) {
//           const sp = yield* this.pushSpaces(true);
//           yield* this.pushCount(line.length - sp);
//           yield* this.pushNewline();
//           return "stream";
//         }
//         yield cst.DOCUMENT;
//         return yield* this.parseLineStart();
//       }
//       *parseLineStart() {
//         const ch = this.charAt(0);
//         if (!ch && !this.atEnd)
//           return this.setNext("line-start");
//         if (ch === "-" || ch === ".") {
//           if (!this.atEnd && !this.hasChars(4))
//             return this.setNext("line-start");
//           const s = this.peek(3);
//           if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
//             yield* this.pushCount(3);
//             this.indentValue = 0;
//             this.indentNext = 0;
//             return s === "---" ? "doc" : "stream";
//           }
//         }
//         this.indentValue = yield* this.pushSpaces(false);
//         if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
//           this.indentNext = this.indentValue;
//         return yield* this.parseBlockStart();
//       }
//       *parseBlockStart() {
//         const [ch0, ch1] = this.peek(2);
//         if (!ch1 && !this.atEnd)
//           return this.setNext("block-start");
//         if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
//           const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
//           this.indentNext = this.indentValue + 1;
//           this.indentValue += n;
//           return "block-start";
//         }
//         return "doc";
//       }
//       *parseDocument() {
//         yield* this.pushSpaces(true);
//         const line = this.getLine();
//         if (line === null)
//           return this.setNext("doc");
//         let n = yield* this.pushIndicators();
//         switch (line[n]) {
//           case "#":
//             yield* this.pushCount(line.length - n);
//           // fallthrough
//           case void 0:
//             yield* this.pushNewline();
//             return yield* this.parseLineStart();
//           case "{":
//           case "[":
//             yield* this.pushCount(1);
//             this.flowKey = false;
//             this.flowLevel = 1;
//             return "flow";
//           case "}":
//           case "]":
//             yield* this.pushCount(1);
//             return "doc";
//           case "*":
//             yield* this.pushUntil(isNotAnchorChar);
//             return "doc";
//           case '"':
//           case "'":
//             return yield* this.parseQuotedScalar();
//           case "|":
//           case ">":
//             n += yield* this.parseBlockScalarHeader();
//             n += yield* this.pushSpaces(true);
//             yield* this.pushCount(line.length - n);
//             yield* this.pushNewline();
//             return yield* this.parseBlockScalar();
//           default:
//             return yield* this.parsePlainScalar();
//         }
//       }
//       *parseFlowCollection() {
//         let nl, sp;
//         let indent = -1;
//         do {
//           nl = yield* this.pushNewline();
//           if (nl > 0) {
//             sp = yield* this.pushSpaces(false);
//             this.indentValue = indent = sp;
//           } else {
//             sp = 0;
//           }
//           sp += yield* this.pushSpaces(true);
//         } while (nl + sp > 0);
//         const line = this.getLine();
//         if (line === null)
//           return this.setNext("flow");
//         if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
//           const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
//           if (!atFlowEndMarker) {
//             this.flowLevel = 0;
//             yield cst.FLOW_END;
//             return yield* this.parseLineStart();
//           }
//         }
//         let n = 0;
//         while (line[n] === ",") {
//           n += yield* this.pushCount(1);
//           n += yield* this.pushSpaces(true);
//           this.flowKey = false;
//         }
//         n += yield* this.pushIndicators();
//         switch (line[n]) {
//           case void 0:
//             return "flow";
//           case "#":
//             yield* this.pushCount(line.length - n);
//             return "flow";
//           case "{":
//           case "[":
//             yield* this.pushCount(1);
//             this.flowKey = false;
//             this.flowLevel += 1;
//             return "flow";
//           case "}":
//           case "]":
//             yield* this.pushCount(1);
//             this.flowKey = true;
//             this.flowLevel -= 1;
//             return this.flowLevel ? "flow" : "doc";
//           case "*":
//             yield* this.pushUntil(isNotAnchorChar);
//             return "flow";
//           case '"':
//           case "'":
//             this.flowKey = true;
//             return yield* this.parseQuotedScalar();
//           case ":": {
//             const next = this.charAt(1);
//             if (this.flowKey || isEmpty(next) || next === ",") {
//               this.flowKey = false;
//               yield* this.pushCount(1);
//               yield* this.pushSpaces(true);
//               return "flow";
//             }
//           }
//           // fallthrough
//           default:
//             this.flowKey = false;
//             return yield* this.parsePlainScalar();
//         }
//       }
//       *parseQuotedScalar() {
//         const quote = this.charAt(0);
//         let end = this.buffer.indexOf(quote, this.pos + 1);
//         if (quote === "'") {
//           while (end !== -1 && this.buffer[end + 1] === "'")
//             end = this.buffer.indexOf("'", end + 2);
//         } else {
//           while (end !== -1) {
//             let n = 0;
//             while (this.buffer[end - 1 - n] === "\\")
//               n += 1;
//             if (n % 2 === 0)
//               break;
//             end = this.buffer.indexOf('"', end + 1);
//           }
//         }
//         const qb = this.buffer.substring(0, end);
//         let nl = qb.indexOf("\n", this.pos);
//         if (nl !== -1) {
//           while (nl !== -1) {
//             const cs = this.continueScalar(nl + 1);
//             if (cs === -1)
//               break;
//             nl = qb.indexOf("\n", cs);
//           }
//           if (nl !== -1) {
//             end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
//           }
//         }
//         if (end === -1) {
//           if (!this.atEnd)
//             return this.setNext("quoted-scalar");
//           end = this.buffer.length;
//         }
//         yield* this.pushToIndex(end + 1, false);
//         return this.flowLevel ? "flow" : "doc";
//       }
//       *parseBlockScalarHeader() {
//         this.blockScalarIndent = -1;
//         this.blockScalarKeep = false;
//         let i = this.pos;
//         while (true) {
//           const ch = this.buffer[++i];
//           if (ch === "+")
//             this.blockScalarKeep = true;
//           else if (ch > "0" && ch <= "9")
//             this.blockScalarIndent = Number(ch) - 1;
//           else if (ch !== "-")
//             break;
//         }
//         return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
//       }
//       *parseBlockScalar() {
//         let nl = this.pos - 1;
//         let indent = 0;
//         let ch;
//         loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
//           switch (ch) {
//             case " ":
//               indent += 1;
//               break;
//             case "\n":
//               nl = i2;
//               indent = 0;
//               break;
//             case "\r": {
//               const next = this.buffer[i2 + 1];
//               if (!next && !this.atEnd)
//                 return this.setNext("block-scalar");
//               if (next === "\n")
//                 break;
//             }
//             // fallthrough
//             default:
//               break loop;
//           }
//         }
//         if (!ch && !this.atEnd)
//           return this.setNext("block-scalar");
//         if (indent >= this.indentNext) {
//           if (this.blockScalarIndent === -1)
//             this.indentNext = indent;
//           else {
//             this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
//           }
//           do {
//             const cs = this.continueScalar(nl + 1);
//             if (cs === -1)
//               break;
//             nl = this.buffer.indexOf("\n", cs);
//           } while (nl !== -1);
//           if (nl === -1) {
//             if (!this.atEnd)
//               return this.setNext("block-scalar");
//             nl = this.buffer.length;
//           }
//         }
//         let i = nl + 1;
//         ch = this.buffer[i];
//         while (ch === " ")
//           ch = this.buffer[++i];
//         if (ch === "	") {
//           while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
//             ch = this.buffer[++i];
//           nl = i - 1;
//         } else if (!this.blockScalarKeep) {
//           do {
//             let i2 = nl - 1;
//             let ch2 = this.buffer[i2];
//             if (ch2 === "\r")
//               ch2 = this.buffer[--i2];
//             const lastChar = i2;
//             while (ch2 === " ")
//               ch2 = this.buffer[--i2];
//             if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
//               nl = i2;
//             else
//               break;
//           } while (true);
//         }
//         yield cst.SCALAR;
//         yield* this.pushToIndex(nl + 1, true);
//         return yield* this.parseLineStart();
//       }
//       *parsePlainScalar() {
//         const inFlow = this.flowLevel > 0;
//         let end = this.pos - 1;
//         let i = this.pos - 1;
//         let ch;
//         while (ch = this.buffer[++i]) {
//           if (ch === ":") {
//             const next = this.buffer[i + 1];
//             if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
//               break;
//             end = i;
//           } else if (isEmpty(ch)) {
//             let next = this.buffer[i + 1];
//             if (ch === "\r") {
//               if (next === "\n") {
//                 i += 1;
//                 ch = "\n";
//                 next = this.buffer[i + 1];
//               } else
//                 end = i;
//             }
//             if (next === "#" || inFlow && flowIndicatorChars.has(next))
//               break;
//             if (ch === "\n") {
//               const cs = this.continueScalar(i + 1);
//               if (cs === -1)
//                 break;
//               i = Math.max(i, cs - 2);
//             }
//           } else {
//             if (inFlow && flowIndicatorChars.has(ch))
//               break;
//             end = i;
//           }
//         }
//         if (!ch && !this.atEnd)
//           return this.setNext("plain-scalar");
//         yield cst.SCALAR;
//         yield* this.pushToIndex(end + 1, true);
//         return inFlow ? "flow" : "doc";
//       }
//       *pushCount(n) {
//         if (n > 0) {
//           yield this.buffer.substr(this.pos, n);
//           this.pos += n;
//           return n;
//         }
//         return 0;
//       }
//       *pushToIndex(i, allowEmpty) {
//         const s = this.buffer.slice(this.pos, i);
//         if (s) {
//           yield s;
//           this.pos += s.length;
//           return s.length;
//         } else if (allowEmpty)
//           yield "";
//         return 0;
//       }
//       *pushIndicators() {
//         let n = 0;
//         loop: while (true) {
//           switch (this.charAt(0)) {
//             case "!":
//               n += yield* this.pushTag();
//               n += yield* this.pushSpaces(true);
//               continue loop;
//             case "&":
//               n += yield* this.pushUntil(isNotAnchorChar);
//               n += yield* this.pushSpaces(true);
//               continue loop;
//             case "-":
//             // this is an error
//             case "?":
//             // this is an error outside flow collections
//             case ":": {
//               const inFlow = this.flowLevel > 0;
//               const ch1 = this.charAt(1);
//               if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
//                 if (!inFlow)
//                   this.indentNext = this.indentValue + 1;
//                 else if (this.flowKey)
//                   this.flowKey = false;
//                 n += yield* this.pushCount(1);
//                 n += yield* this.pushSpaces(true);
//                 continue loop;
//               }
//             }
//           }
//           break loop;
//         }
//         return n;
//       }
//       *pushTag() {
//         if (this.charAt(1) === "<") {
//           let i = this.pos + 2;
//           let ch = this.buffer[i];
//           while (!isEmpty(ch) && ch !== ">")
//             ch = this.buffer[++i];
//           return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
//         } else {
//           let i = this.pos + 1;
//           let ch = this.buffer[i];
//           while (ch) {
//             if (tagChars.has(ch))
//               ch = this.buffer[++i];
//             else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
//               ch = this.buffer[i += 3];
//             } else
//               break;
//           }
//           return yield* this.pushToIndex(i, false);
//         }
//       }
//       *pushNewline() {
//         const ch = this.buffer[this.pos];
//         if (ch === "\n")
//           return yield* this.pushCount(1);
//         else if (ch === "\r" && this.charAt(1) === "\n")
//           return yield* this.pushCount(2);
//         else
//           return 0;
//       }
//       *pushSpaces(allowTabs) {
//         let i = this.pos - 1;
//         let ch;
//         do {
//           ch = this.buffer[++i];
//         } while (ch === " " || allowTabs && ch === "	");
//         const n = i - this.pos;
//         if (n > 0) {
//           yield this.buffer.substr(this.pos, n);
//           this.pos = i;
//         }
//         return n;
//       }
//       *pushUntil(test) {
//         let i = this.pos;
//         let ch = this.buffer[i];
//         while (!test(ch))
//           ch = this.buffer[++i];
//         return yield* this.pushToIndex(i, false);
//       }
//     };
//     exports2.Lexer = Lexer2;
//   }
// });
// 
// // node_modules/yaml/dist/parse/line-counter.js
// var require_line_counter = __commonJS({
//   "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
//     "use strict";
//     var LineCounter2 = class {
//       constructor() {
//         this.lineStarts = [];
//         this.addNewLine = (offset) => this.lineStarts.push(offset);
//         this.linePos = (offset) => {
//           let low = 0;
//           let high = this.lineStarts.length;
//           while (low < high) {
//             const mid = low + high >> 1;
//             if (this.lineStarts[mid] < offset)
//               low = mid + 1;
//             else
//               high = mid;
//           }
//           if (this.lineStarts[low] === offset)
//             return { line: low + 1, col: 1 };
//           if (low === 0)
//             return { line: 0, col: offset };
//           const start = this.lineStarts[low - 1];
//           return { line: low, col: offset - start + 1 };
//         };
//       }
//     };
//     exports2.LineCounter = LineCounter2;
//   }
// });
// 
// // node_modules/yaml/dist/parse/parser.js
// var require_parser = __commonJS({
//   "node_modules/yaml/dist/parse/parser.js"(exports2) {
//     "use strict";
//     var node_process = require("process");
//     var cst = require_cst();
//     var lexer = require_lexer();
//     function includesToken(list, type) {
//       for (let i = 0; i < list.length; ++i)
//         if (list[i].type === type)
//           return true;
//       return false;
//     }
//     function findNonEmptyIndex(list) {
//       for (let i = 0; i < list.length; ++i) {
//         switch (list[i].type) {
//           case "space":
//           case "comment":
//           case "newline":
//             break;
//           default:
//             return i;
//         }
//       }
//       return -1;
//     }
//     function isFlowToken(token) {
//       switch (token?.type) {
//         case "alias":
//         case "scalar":
//         case "single-quoted-scalar":
//         case "double-quoted-scalar":
//         case "flow-collection":
//           return true;
//         default:
//           return false;
//       }
//     }
//     function getPrevProps(parent) {
//       switch (parent.type) {
//         case "document":
//           return parent.start;
//         case "block-map": {
//           const it = parent.items[parent.items.length - 1];
//           return it.sep ?? it.start;
//         }
//         case "block-seq":
//           return parent.items[parent.items.length - 1].start;
//         /* istanbul ignore next should not happen */
//         default:
//           return [];
//       }
//     }
//     function getFirstKeyStartProps(prev) {
//       if (prev.length === 0)
//         return [];
//       let i = prev.length;
//       loop: while (--i >= 0) {
//         switch (prev[i].type) {
//           case "doc-start":
//           case "explicit-key-ind":
//           case "map-value-ind":
//           case "seq-item-ind":
//           case "newline":
//             break loop;
//         }
//       }
//       while (prev[++i]?.type === "space") {
//       }
//       return prev.splice(i, prev.length);
//     }
//     function arrayPushArray(target, source) {
//       if (source.length < 1e5)
//         Array.prototype.push.apply(target, source);
//       else
//         for (let i = 0; i < source.length; ++i)
//           target.push(source[i]);
//     }
//     function fixFlowSeqItems(fc) {
//       if (fc.start.type === "flow-seq-start") {
//         for (const it of fc.items) {
//           if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
//             if (it.key)
//               it.value = it.key;
//             delete it.key;
//             if (isFlowToken(it.value)) {
//               if (it.value.end)
//                 arrayPushArray(it.value.end, it.sep);
//               else
//                 it.value.end = it.sep;
//             } else
//               arrayPushArray(it.start, it.sep);
//             delete it.sep;
//           }
//         }
//       }
//     }
//     var Parser2 = class {
//       /**
//        * @param onNewLine - If defined, called separately with the start position of
//        *   each new line (in `parse()`, including the start of input).
//        */
//       constructor(onNewLine) {
//         this.atNewLine = true;
//         this.atScalar = false;
//         this.indent = 0;
//         this.offset = 0;
//         this.onKeyLine = false;
//         this.stack = [];
//         this.source = "";
//         this.type = "";
//         this.lexer = new lexer.Lexer();
//         this.onNewLine = onNewLine;
//       }
//       /**
//        * Parse `source` as a YAML stream.
//        * If `incomplete`, a part of the last line may be left as a buffer for the next call.
//        *
//        * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
//        *
//        * @returns A generator of tokens representing each directive, document, and other structure.
//        */
//       *parse(source, incomplete = false) {
//         if (this.onNewLine && this.offset === 0)
//           this.onNewLine(0);
//         for (const lexeme of this.lexer.lex(source, incomplete))
//           yield* this.next(lexeme);
//         if (!incomplete)
//           yield* this.end();
//       }
//       /**
//        * Advance the parser by the `source` of one lexical token.
//        */
//       *next(source) {
//         this.source = source;
//         if (node_process.env.LOG_TOKENS)
//           console.log("|", cst.prettyToken(source));
//         if (this.atScalar) {
//           this.atScalar = false;
//           yield* this.step();
//           this.offset += source.length;
//           return;
//         }
//         const type = cst.tokenType(source);
//         if (!type) {
//           const message = `Not a YAML token: ${source}`;
//           yield* this.pop({ type: "error", offset: this.offset, message, source });
//           this.offset += source.length;
//         } else if (type === "scalar") {
//           this.atNewLine = false;
//           this.atScalar = true;
//           this.type = "scalar";
//         } else {
//           this.type = type;
//           yield* this.step();
//           switch (type) {
//             case "newline":
//               this.atNewLine = true;
//               this.indent = 0;
//               if (this.onNewLine)
//                 this.onNewLine(this.offset + source.length);
//               break;
//             case "space":
//               if (this.atNewLine && source[0] === " ")
//                 this.indent += source.length;
//               break;
//             case "explicit-key-ind":
//             case "map-value-ind":
//             case "seq-item-ind":
//               if (this.atNewLine)
//                 this.indent += source.length;
//               break;
//             case "doc-mode":
//             case "flow-error-end":
//               return;
//             default:
//               this.atNewLine = false;
//           }
//           this.offset += source.length;
//         }
//       }
//       /** Call at end of input to push out any remaining constructions */
//       *end() {
//         while (this.stack.length > 0)
//           yield* this.pop();
//       }
//       get sourceToken() {
//         const st = {
//           type: this.type,
//           offset: this.offset,
//           indent: this.indent,
//           source: this.source
//         };
//         return st;
//       }
//       *step() {
//         const top = this.peek(1);
//         if (this.type === "doc-end" && top?.type !== "doc-end") {
//           while (this.stack.length > 0)
//             yield* this.pop();
//           this.stack.push({
//             type: "doc-end",
//             offset: this.offset,
//             source: this.source
//           });
//           return;
//         }
//         if (!top)
//           return yield* this.stream();
//         switch (top.type) {
//           case "document":
//             return yield* this.document(top);
//           case "alias":
//           case "scalar":
//           case "single-quoted-scalar":
//           case "double-quoted-scalar":
//             return yield* this.scalar(top);
//           case "block-scalar":
//             return yield* this.blockScalar(top);
//           case "block-map":
//             return yield* this.blockMap(top);
//           case "block-seq":
//             return yield* this.blockSequence(top);
//           case "flow-collection":
//             return yield* this.flowCollection(top);
//           case "doc-end":
//             return yield* this.documentEnd(top);
//         }
//         yield* this.pop();
//       }
//       peek(n) {
//         return this.stack[this.stack.length - n];
//       }
//       *pop(error) {
//         const token = error ?? this.stack.pop();
//         if (!token) {
//           const message = "Tried to pop an empty stack";
//           yield { type: "error", offset: this.offset, source: "", message };
//         } else if (this.stack.length === 0) {
//           yield token;
//         } else {
//           const top = this.peek(1);
//           if (token.type === "block-scalar") {
//             token.indent = "indent" in top ? top.indent : 0;
//           } else if (token.type === "flow-collection" && top.type === "document") {
//             token.indent = 0;
//           }
//           if (token.type === "flow-collection")
//             fixFlowSeqItems(token);
//           switch (top.type) {
//             case "document":
//               top.value = token;
//               break;
//             case "block-scalar":
//               top.props.push(token);
//               break;
//             case "block-map": {
//               const it = top.items[top.items.length - 1];
//               if (it.value) {
//                 top.items.push({ start: [], key: token, sep: [] });
//                 this.onKeyLine = true;
//                 return;
//               } else if (it.sep) {
//                 it.value = token;
//               } else {
//                 Object.assign(it, { key: token, sep: [] });
//                 this.onKeyLine = !it.explicitKey;
//                 return;
//               }
//               break;
//             }
//             case "block-seq": {
//               const it = top.items[top.items.length - 1];
//               if (it.value)
//                 top.items.push({ start: [], value: token });
//               else
//                 it.value = token;
//               break;
//             }
//             case "flow-collection": {
//               const it = top.items[top.items.length - 1];
//               if (!it || it.value)
//                 top.items.push({ start: [], key: token, sep: [] });
//               else if (it.sep)
//                 it.value = token;
//               else
//                 Object.assign(it, { key: token, sep: [] });
//               return;
//             }
//             /* istanbul ignore next should not happen */
//             default:
//               yield* this.pop();
//               yield* this.pop(token);
//           }
//           if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
//             const last = token.items[token.items.length - 1];
//             if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
//               if (top.type === "document")
//                 top.end = last.start;
//               else
//                 top.items.push({ start: last.start });
//               token.items.splice(-1, 1);
//             }
//           }
//         }
//       }
//       *stream() {
//         switch (this.type) {
//           case "directive-line":
//             yield { type: "directive", offset: this.offset, source: this.source };
//             return;
//           case "byte-order-mark":
//           case "space":
//           case "comment":
//           case "newline":
//             yield this.sourceToken;
//             return;
//           case "doc-mode":
//           case "doc-start": {
//             const doc = {
//               type: "document",
//               offset: this.offset,
//               start: []
//             };
//             if (this.type === "doc-start")
//               doc.start.push(this.sourceToken);
//             this.stack.push(doc);
//             return;
//           }
//         }
//         yield {
//           type: "error",
//           offset: this.offset,
//           message: `Unexpected ${this.type} token in YAML stream`,
//           source: this.source
//         };
//       }
//       *document(doc) {
//         if (doc.value)
//           return yield* this.lineEnd(doc);
//         switch (this.type) {
//           case "doc-start": {
//             if (findNonEmptyIndex(doc.start) !== -1) {
//               yield* this.pop();
//               yield* this.step();
//             } else
//               doc.start.push(this.sourceToken);
//             return;
//           }
//           case "anchor":
//           case "tag":
//           case "space":
//           case "comment":
//           case "newline":
//             doc.start.push(this.sourceToken);
//             return;
//         }
//         const bv = this.startBlockValue(doc);
//         if (bv)
//           this.stack.push(bv);
//         else {
//           yield {
//             type: "error",
//             offset: this.offset,
//             message: `Unexpected ${this.type} token in YAML document`,
//             source: this.source
//           };
//         }
//       }
//       *scalar(scalar) {
//         if (this.type === "map-value-ind") {
//           const prev = getPrevProps(this.peek(2));
//           const start = getFirstKeyStartProps(prev);
//           let sep;
//           if (scalar.end) {
//             sep = scalar.end;
//             sep.push(this.sourceToken);
//             delete scalar.end;
//           } else
//             sep = [this.sourceToken];
//           const map = {
//             type: "block-map",
//             offset: scalar.offset,
//             indent: scalar.indent,
//             items: [{ start, key: scalar, sep }]
//           };
//           this.onKeyLine = true;
//           this.stack[this.stack.length - 1] = map;
//         } else
//           yield* this.lineEnd(scalar);
//       }
//       *blockScalar(scalar) {
//         switch (this.type) {
//           case "space":
//           case "comment":
//           case "newline":
//             scalar.props.push(this.sourceToken);
//             return;
//           case "scalar":
//             scalar.source = this.source;
//             this.atNewLine = true;
//             this.indent = 0;
//             if (this.onNewLine) {
//               let nl = this.source.indexOf("\n") + 1;
//               while (nl !== 0) {
//                 this.onNewLine(this.offset + nl);
//                 nl = this.source.indexOf("\n", nl) + 1;
//               }
//             }
//             yield* this.pop();
//             break;
//           /* istanbul ignore next should not happen */
//           default:
//             yield* this.pop();
//             yield* this.step();
//         }
//       }
//       *blockMap(map) {
//         const it = map.items[map.items.length - 1];
//         switch (this.type) {
//           case "newline":
//             this.onKeyLine = false;
//             if (it.value) {
//               const end = "end" in it.value ? it.value.end : void 0;
//               const last = Array.isArray(end) ? end[end.length - 1] : void 0;
//               if (last?.type === "comment")
//                 end?.push(this.sourceToken);
//               else
//                 map.items.push({ start: [this.sourceToken] });
//             } else if (it.sep) {
//               it.sep.push(this.sourceToken);
//             } else {
//               it.start.push(this.sourceToken);
//             }
//             return;
//           case "space":
//           case "comment":
//             if (it.value) {
//               map.items.push({ start: [this.sourceToken] });
//             } else if (it.sep) {
//               it.sep.push(this.sourceToken);
//             } else {
//               if (this.atIndentedComment(it.start, map.indent)) {
//                 const prev = map.items[map.items.length - 2];
//                 const end = prev?.value?.end;
//                 if (Array.isArray(end)) {
//                   arrayPushArray(end, it.start);
//                   end.push(this.sourceToken);
//                   map.items.pop();
//                   return;
//                 }
//               }
//               it.start.push(this.sourceToken);
//             }
//             return;
//         }
//         if (this.indent >= map.indent) {
//           const atMapIndent = !this.onKeyLine && this.indent === map.indent;
//           const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
//           let start = [];
//           if (atNextItem && it.sep && !it.value) {
//             const nl = [];
//             for (let i = 0; i < it.sep.length; ++i) {
//               const st = it.sep[i];
//               switch (st.type) {
//                 case "newline":
//                   nl.push(i);
//                   break;
//                 case "space":
//                   break;
//                 case "comment":
//                   if (st.indent > map.indent)
//                     nl.length = 0;
//                   break;
//                 default:
//                   nl.length = 0;
//               }
//             }
//             if (nl.length >= 2)
//               start = it.sep.splice(nl[1]);
//           }
//           switch (this.type) {
//             case "anchor":
//             case "tag":
//               if (atNextItem || it.value) {
//                 start.push(this.sourceToken);
//                 map.items.push({ start });
//                 this.onKeyLine = true;
//               } else if (it.sep) {
//                 it.sep.push(this.sourceToken);
//               } else {
//                 it.start.push(this.sourceToken);
//               }
//               return;
//             case "explicit-key-ind":
//               if (!it.sep && !it.explicitKey) {
//                 it.start.push(this.sourceToken);
//                 it.explicitKey = true;
//               } else if (atNextItem || it.value) {
//                 start.push(this.sourceToken);
//                 map.items.push({ start, explicitKey: true });
//               } else {
//                 this.stack.push({
//                   type: "block-map",
//                   offset: this.offset,
//                   indent: this.indent,
//                   items: [{ start: [this.sourceToken], explicitKey: true }]
//                 });
//               }
//               this.onKeyLine = true;
//               return;
//             case "map-value-ind":
//               if (it.explicitKey) {
//                 if (!it.sep) {
//                   if (includesToken(it.start, "newline")) {
//                     Object.assign(it, { key: null, sep: [this.sourceToken] });
//                   } else {
//                     const start2 = getFirstKeyStartProps(it.start);
//                     this.stack.push({
//                       type: "block-map",
//                       offset: this.offset,
//                       indent: this.indent,
//                       items: [{ start: start2, key: null, sep: [this.sourceToken] }]
//                     });
//                   }
//                 } else if (it.value) {
//                   map.items.push({ start: [], key: null, sep: [this.sourceToken] });
//                 } else if (includesToken(it.sep, "map-value-ind")) {
//                   this.stack.push({
//                     type: "block-map",
//                     offset: this.offset,
//                     indent: this.indent,
//                     items: [{ start, key: null, sep: [this.sourceToken] }]
//                   });
//                 } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
//                   const start2 = getFirstKeyStartProps(it.start);
//                   const key = it.key;
//                   const sep = it.sep;
//                   sep.push(this.sourceToken);
//                   delete it.key;
//                   delete it.sep;
//                   this.stack.push({
//                     type: "block-map",
//                     offset: this.offset,
//                     indent: this.indent,
//                     items: [{ start: start2, key, sep }]
//                   });
//                 } else if (start.length > 0) {
//                   it.sep = it.sep.concat(start, this.sourceToken);
//                 } else {
//                   it.sep.push(this.sourceToken);
//                 }
//               } else {
//                 if (!it.sep) {
//                   Object.assign(it, { key: null, sep: [this.sourceToken] });
//                 } else if (it.value || atNextItem) {
//                   map.items.push({ start, key: null, sep: [this.sourceToken] });
//                 } else if (includesToken(it.sep, "map-value-ind")) {
//                   this.stack.push({
//                     type: "block-map",
//                     offset: this.offset,
//                     indent: this.indent,
//                     items: [{ start: [], key: null, sep: [this.sourceToken] }]
//                   });
//                 } else {
//                   it.sep.push(this.sourceToken);
//                 }
//               }
//               this.onKeyLine = true;
//               return;
//             case "alias":
//             case "scalar":
//             case "single-quoted-scalar":
//             case "double-quoted-scalar": {
//               const fs = this.flowScalar(this.type);
//               if (atNextItem || it.value) {
//                 map.items.push({ start, key: fs, sep: [] });
//                 this.onKeyLine = true;
//               } else if (it.sep) {
//                 this.stack.push(fs);
//               } else {
//                 Object.assign(it, { key: fs, sep: [] });
//                 this.onKeyLine = true;
//               }
//               return;
//             }
//             default: {
//               const bv = this.startBlockValue(map);
//               if (bv) {
//                 if (bv.type === "block-seq") {
//                   if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
//                     yield* this.pop({
//                       type: "error",
//                       offset: this.offset,
//                       message: "Unexpected block-seq-ind on same line with key",
//                       source: this.source
//                     });
//                     return;
//                   }
//                 } else if (atMapIndent) {
//                   map.items.push({ start });
//                 }
//                 this.stack.push(bv);
//                 return;
//               }
//             }
//           }
//         }
//         yield* this.pop();
//         yield* this.step();
//       }
//       *blockSequence(seq) {
//         const it = seq.items[seq.items.length - 1];
//         switch (this.type) {
//           case "newline":
//             if (it.value) {
//               const end = "end" in it.value ? it.value.end : void 0;
//               const last = Array.isArray(end) ? end[end.length - 1] : void 0;
//               if (last?.type === "comment")
//                 end?.push(this.sourceToken);
//               else
//                 seq.items.push({ start: [this.sourceToken] });
//             } else
//               it.start.push(this.sourceToken);
//             return;
//           case "space":
//           case "comment":
//             if (it.value)
//               seq.items.push({ start: [this.sourceToken] });
//             else {
//               if (this.atIndentedComment(it.start, seq.indent)) {
//                 const prev = seq.items[seq.items.length - 2];
//                 const end = prev?.value?.end;
//                 if (Array.isArray(end)) {
//                   arrayPushArray(end, it.start);
//                   end.push(this.sourceToken);
//                   seq.items.pop();
//                   return;
//                 }
//               }
//               it.start.push(this.sourceToken);
//             }
//             return;
//           case "anchor":
//           case "tag":
//             if (it.value || this.indent <= seq.indent)
//               break;
//             it.start.push(this.sourceToken);
//             return;
//           case "seq-item-ind":
//             if (this.indent !== seq.indent)
//               break;
//             if (it.value || includesToken(it.start, "seq-item-ind"))
//               seq.items.push({ start: [this.sourceToken] });
//             else
//               it.start.push(this.sourceToken);
//             return;
//         }
//         if (this.indent > seq.indent) {
//           const bv = this.startBlockValue(seq);
//           if (bv) {
//             this.stack.push(bv);
//             return;
//           }
//         }
//         yield* this.pop();
//         yield* this.step();
//       }
//       *flowCollection(fc) {
//         const it = fc.items[fc.items.length - 1];
//         if (this.type === "flow-error-end") {
//           let top;
//           do {
//             yield* this.pop();
//             top = this.peek(1);
//           } while (top?.type === "flow-collection");
//         } else if (fc.end.length === 0) {
//           switch (this.type) {
//             case "comma":
//             case "explicit-key-ind":
//               if (!it || it.sep)
//                 fc.items.push({ start: [this.sourceToken] });
//               else
//                 it.start.push(this.sourceToken);
//               return;
//             case "map-value-ind":
//               if (!it || it.value)
//                 fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
//               else if (it.sep)
//                 it.sep.push(this.sourceToken);
//               else
//                 Object.assign(it, { key: null, sep: [this.sourceToken] });
//               return;
//             case "space":
//             case "comment":
//             case "newline":
//             case "anchor":
//             case "tag":
//               if (!it || it.value)
//                 fc.items.push({ start: [this.sourceToken] });
//               else if (it.sep)
//                 it.sep.push(this.sourceToken);
//               else
//                 it.start.push(this.sourceToken);
//               return;
//             case "alias":
//             case "scalar":
//             case "single-quoted-scalar":
//             case "double-quoted-scalar": {
//               const fs = this.flowScalar(this.type);
//               if (!it || it.value)
//                 fc.items.push({ start: [], key: fs, sep: [] });
//               else if (it.sep)
//                 this.stack.push(fs);
//               else
//                 Object.assign(it, { key: fs, sep: [] });
//               return;
//             }
//             case "flow-map-end":
//             case "flow-seq-end":
//               fc.end.push(this.sourceToken);
//               return;
//           }
//           const bv = this.startBlockValue(fc);
//           if (bv)
//             this.stack.push(bv);
//           else {
//             yield* this.pop();
//             yield* this.step();
//           }
//         } else {
//           const parent = this.peek(2);
//           if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
//             yield* this.pop();
//             yield* this.step();
//           } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
//             const prev = getPrevProps(parent);
//             const start = getFirstKeyStartProps(prev);
//             fixFlowSeqItems(fc);
//             const sep = fc.end.splice(1, fc.end.length);
//             sep.push(this.sourceToken);
//             const map = {
//               type: "block-map",
//               offset: fc.offset,
//               indent: fc.indent,
//               items: [{ start, key: fc, sep }]
//             };
//             this.onKeyLine = true;
//             this.stack[this.stack.length - 1] = map;
//           } else {
//             yield* this.lineEnd(fc);
//           }
//         }
//       }
//       flowScalar(type) {
//         if (this.onNewLine) {
//           let nl = this.source.indexOf("\n") + 1;
//           while (nl !== 0) {
//             this.onNewLine(this.offset + nl);
//             nl = this.source.indexOf("\n", nl) + 1;
//           }
//         }
//         return {
//           type,
//           offset: this.offset,
//           indent: this.indent,
//           source: this.source
//         };
//       }
//       startBlockValue(parent) {
//         switch (this.type) {
//           case "alias":
//           case "scalar":
//           case "single-quoted-scalar":
//           case "double-quoted-scalar":
//             return this.flowScalar(this.type);
//           case "block-scalar-header":
//             return {
//               type: "block-scalar",
//               offset: this.offset,
//               indent: this.indent,
//               props: [this.sourceToken],
//               source: ""
//             };
//           case "flow-map-start":
//           case "flow-seq-start":
//             return {
//               type: "flow-collection",
//               offset: this.offset,
//               indent: this.indent,
//               start: this.sourceToken,
//               items: [],
//               end: []
//             };
//           case "seq-item-ind":
//             return {
//               type: "block-seq",
//               offset: this.offset,
//               indent: this.indent,
//               items: [{ start: [this.sourceToken] }]
//             };
//           case "explicit-key-ind": {
//             this.onKeyLine = true;
//             const prev = getPrevProps(parent);
//             const start = getFirstKeyStartProps(prev);
//             start.push(this.sourceToken);
//             return {
//               type: "block-map",
//               offset: this.offset,
//               indent: this.indent,
//               items: [{ start, explicitKey: true }]
//             };
//           }
//           case "map-value-ind": {
//             this.onKeyLine = true;
//             const prev = getPrevProps(parent);
//             const start = getFirstKeyStartProps(prev);
//             return {
//               type: "block-map",
//               offset: this.offset,
//               indent: this.indent,
//               items: [{ start, key: null, sep: [this.sourceToken] }]
//             };
//           }
//         }
//         return null;
//       }
//       atIndentedComment(start, indent) {
//         if (this.type !== "comment")
//           return false;
//         if (this.indent <= indent)
//           return false;
//         return start.every((st) => st.type === "newline" || st.type === "space");
//       }
//       *documentEnd(docEnd) {
//         if (this.type !== "doc-mode") {
//           if (docEnd.end)
//             docEnd.end.push(this.sourceToken);
//           else
//             docEnd.end = [this.sourceToken];
//           if (this.type === "newline")
//             yield* this.pop();
//         }
//       }
//       *lineEnd(token) {
//         switch (this.type) {
//           case "comma":
//           case "doc-start":
//           case "doc-end":
//           case "flow-seq-end":
//           case "flow-map-end":
//           case "map-value-ind":
//             yield* this.pop();
//             yield* this.step();
//             break;
//           case "newline":
//             this.onKeyLine = false;
//           // fallthrough
//           case "space":
//           case "comment":
//           default:
//             if (token.end)
//               token.end.push(this.sourceToken);
//             else
//               token.end = [this.sourceToken];
//             if (this.type === "newline")
//               yield* this.pop();
//         }
//       }
//     };
//     exports2.Parser = Parser2;
//   }
// });
// 
// // node_modules/yaml/dist/public-api.js
// var require_public_api = __commonJS({
//   "node_modules/yaml/dist/public-api.js"(exports2) {
//     "use strict";
//     var composer = require_composer();
//     var Document2 = require_Document();
//     var errors = require_errors();
//     var log = require_log();
//     var identity = require_identity();
//     var lineCounter = require_line_counter();
//     var parser = require_parser();
//     function parseOptions(options) {
//       const prettyErrors = options.prettyErrors !== false;
//       const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
//       return { lineCounter: lineCounter$1, prettyErrors };
//     }
//     function parseAllDocuments2(source, options = {}) {
//       const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
//       const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
//       const composer$1 = new composer.Composer(options);
//       const docs = Array.from(composer$1.compose(parser$1.parse(source)));
//       if (prettyErrors && lineCounter2)
//         for (const doc of docs) {
//           doc.errors.forEach(errors.prettifyError(source, lineCounter2));
//           doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
//         }
//       if (docs.length > 0)
//         return docs;
//       return Object.assign([], { empty: true }, composer$1.streamInfo());
//     }
//     function parseDocument2(source, options = {}) {
//       const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
//       const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
//       const composer$1 = new composer.Composer(options);
//       let doc = null;
//       for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
//         if (!doc)
//           doc = _doc;
//         else if (doc.options.logLevel !== "silent") {
//           doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
//           break;
//         }
//       }
//       if (prettyErrors && lineCounter2) {
//         doc.errors.forEach(errors.prettifyError(source, lineCounter2));
//         doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
//       }
//       return doc;
//     }
//     function parse2(src, reviver, options) {
//       let _reviver = void 0;
//       if (typeof reviver === "function") {
//         _reviver = reviver;
//       } else if (options === void 0 && reviver && typeof reviver === "object") {
//         options = reviver;
//       }
//       const doc = parseDocument2(src, options);
//       if (!doc)
//         return null;
//       doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
//       if (doc.errors.length > 0) {
//         if (doc.options.logLevel !== "silent")
//           throw doc.errors[0];
//         else
//           doc.errors = [];
//       }
//       return doc.toJS(Object.assign({ reviver: _reviver }, options));
//     }
//     function stringify2(value, replacer, options) {
//       let _replacer = null;
//       if (typeof replacer === "function" || Array.isArray(replacer)) {
//         _replacer = replacer;
//       } else if (options === void 0 && replacer) {
//         options = replacer;
//       }
//       if (typeof options === "string")
//         options = options.length;
//       if (typeof options === "number") {
//         const indent = Math.round(options);
//         options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
//       }
//       if (value === void 0) {
//         const { keepUndefined } = options ?? replacer ?? {};
//         if (!keepUndefined)
//           return void 0;
//       }
//       if (identity.isDocument(value) && !_replacer)
//         return value.toString(options);
//       return new Document2.Document(value, _replacer, options).toString(options);
//     }
//     exports2.parse = parse2;
//     exports2.parseAllDocuments = parseAllDocuments2;
//     exports2.parseDocument = parseDocument2;
//     exports2.stringify = stringify2;
//   }
// });
// 
// // node_modules/yaml/dist/index.js
// var require_dist = __commonJS({
//   "node_modules/yaml/dist/index.js"(exports2) {
//     "use strict";
//     var composer = require_composer();
//     var Document2 = require_Document();
//     var Schema2 = require_Schema();
//     var errors = require_errors();
//     var Alias2 = require_Alias();
//     var identity = require_identity();
//     var Pair2 = require_Pair();
//     var Scalar2 = require_Scalar();
//     var YAMLMap2 = require_YAMLMap();
//     var YAMLSeq2 = require_YAMLSeq();
//     var cst = require_cst();
//     var lexer = require_lexer();
//     var lineCounter = require_line_counter();
//     var parser = require_parser();
//     var publicApi = require_public_api();
//     var visit2 = require_visit();
//     exports2.Composer = composer.Composer;
//     exports2.Document = Document2.Document;
//     exports2.Schema = Schema2.Schema;
//     exports2.YAMLError = errors.YAMLError;
//     exports2.YAMLParseError = errors.YAMLParseError;
//     exports2.YAMLWarning = errors.YAMLWarning;
//     exports2.Alias = Alias2.Alias;
//     exports2.isAlias = identity.isAlias;
//     exports2.isCollection = identity.isCollection;
//     exports2.isDocument = identity.isDocument;
//     exports2.isMap = identity.isMap;
//     exports2.isNode = identity.isNode;
//     exports2.isPair = identity.isPair;
//     exports2.isScalar = identity.isScalar;
//     exports2.isSeq = identity.isSeq;
//     exports2.Pair = Pair2.Pair;
//     exports2.Scalar = Scalar2.Scalar;
//     exports2.YAMLMap = YAMLMap2.YAMLMap;
//     exports2.YAMLSeq = YAMLSeq2.YAMLSeq;
//     exports2.CST = cst;
//     exports2.Lexer = lexer.Lexer;
//     exports2.LineCounter = lineCounter.LineCounter;
//     exports2.Parser = parser.Parser;
//     exports2.parse = publicApi.parse;
//     exports2.parseAllDocuments = publicApi.parseAllDocuments;
//     exports2.parseDocument = publicApi.parseDocument;
//     exports2.stringify = publicApi.stringify;
//     exports2.visit = visit2.visit;
//     exports2.visitAsync = visit2.visitAsync;
//   }
// });
// 
// // <stdin>
// var stdin_exports = {};
// __export(stdin_exports, {
//   Alias: () => import_yaml.Alias,
//   CST: () => import_yaml.CST,
//   Composer: () => import_yaml.Composer,
//   Document: () => import_yaml.Document,
//   Lexer: () => import_yaml.Lexer,
//   LineCounter: () => import_yaml.LineCounter,
//   Pair: () => import_yaml.Pair,
//   Parser: () => import_yaml.Parser,
//   Scalar: () => import_yaml.Scalar,
//   Schema: () => import_yaml.Schema,
//   YAMLError: () => import_yaml.YAMLError,
//   YAMLMap: () => import_yaml.YAMLMap,
//   YAMLParseError: () => import_yaml.YAMLParseError,
//   YAMLSeq: () => import_yaml.YAMLSeq,
//   YAMLWarning: () => import_yaml.YAMLWarning,
//   isAlias: () => import_yaml.isAlias,
//   isCollection: () => import_yaml.isCollection,
//   isDocument: () => import_yaml.isDocument,
//   isMap: () => import_yaml.isMap,
//   isNode: () => import_yaml.isNode,
//   isPair: () => import_yaml.isPair,
//   isScalar: () => import_yaml.isScalar,
//   isSeq: () => import_yaml.isSeq,
//   parse: () => import_yaml.parse,
//   parseAllDocuments: () => import_yaml.parseAllDocuments,
//   parseDocument: () => import_yaml.parseDocument,
//   stringify: () => import_yaml.stringify,
//   visit: () => import_yaml.visit,
//   visitAsync: () => import_yaml.visitAsync
// });
// module.exports = __toCommonJS(stdin_exports);
// var import_yaml = __toESM(require_dist());
// // Annotate the CommonJS export names for ESM import in node:
// 0 && (module.exports = {
//   Alias,
//   CST,
//   Composer,
//   Document,
//   Lexer,
//   LineCounter,
//   Pair,
//   Parser,
//   Scalar,
//   Schema,
//   YAMLError,
//   YAMLMap,
//   YAMLParseError,
//   YAMLSeq,
//   YAMLWarning,
//   isAlias,
//   isCollection,
//   isDocument,
//   isMap,
//   isNode,
//   isPair,
//   isScalar,
//   isSeq,
//   parse,
//   parseAllDocuments,
//   parseDocument,
//   stringify,
//   visit,
//   visitAsync
// });
// gantry-embedded-end yaml
// gantry-embedded-begin zod
// var __defProp = Object.defineProperty;
// var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
// var __getOwnPropNames = Object.getOwnPropertyNames;
// var __hasOwnProp = Object.prototype.hasOwnProperty;
// var __export = (target, all) => {
//   for (var name in all)
//     __defProp(target, name, { get: all[name], enumerable: true });
// };
// var __copyProps = (to, from, except, desc) => {
//   if (from && typeof from === "object" || typeof from === "function") {
//     for (let key of __getOwnPropNames(from))
//       if (!__hasOwnProp.call(to, key) && key !== except)
//         __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
//   }
//   return to;
// };
// var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
// 
// // <stdin>
// var stdin_exports = {};
// __export(stdin_exports, {
//   NEVER: () => NEVER,
//   ZodError: () => ZodError,
//   ZodType: () => ZodType,
//   array: () => array,
//   boolean: () => boolean2,
//   date: () => date2,
//   enum: () => _enum,
//   literal: () => literal,
//   looseObject: () => looseObject,
//   number: () => number2,
//   output: () => output,
//   record: () => record,
//   strictObject: () => strictObject,
//   string: () => string2,
//   union: () => union,
//   unknown: () => unknown
// });
// module.exports = __toCommonJS(stdin_exports);
// 
// // node_modules/zod/v4/core/util.js
// var util_exports = {};
// __export(util_exports, {
//   BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
//   CONSTANT_CATCH: () => CONSTANT_CATCH,
//   Class: () => Class,
//   NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
//   aborted: () => aborted,
//   allowsEval: () => allowsEval,
//   assert: () => assert,
//   assertEqual: () => assertEqual,
//   assertIs: () => assertIs,
//   assertNever: () => assertNever,
//   assertNotEqual: () => assertNotEqual,
//   assignProp: () => assignProp,
//   attachSchema: () => attachSchema,
//   base64ToUint8Array: () => base64ToUint8Array,
//   base64urlToUint8Array: () => base64urlToUint8Array,
//   cached: () => cached,
//   captureStackTrace: () => captureStackTrace,
//   cleanEnum: () => cleanEnum,
//   cleanRegex: () => cleanRegex,
//   clone: () => clone,
//   cloneDef: () => cloneDef,
//   codePointLength: () => codePointLength,
//   constantCatch: () => constantCatch,
//   createTransparentProxy: () => createTransparentProxy,
//   defineLazy: () => defineLazy,
//   defineLazyInternal: () => defineLazyInternal,
//   derived: () => derived,
//   esc: () => esc,
//   escapeRegex: () => escapeRegex,
//   explicitlyAborted: () => explicitlyAborted,
//   extend: () => extend,
//   finalizeIssue: () => finalizeIssue,
//   floatSafeRemainder: () => floatSafeRemainder,
//   getElementAtPath: () => getElementAtPath,
//   getEnumValues: () => getEnumValues,
//   getLengthableOrigin: () => getLengthableOrigin,
//   getParsedType: () => getParsedType,
//   getSizableOrigin: () => getSizableOrigin,
//   hexToUint8Array: () => hexToUint8Array,
//   hide: () => hide,
//   installLazyProp: () => installLazyProp,
//   isObject: () => isObject,
//   isPlainObject: () => isPlainObject,
//   issue: () => issue,
//   joinValues: () => joinValues,
//   jsonStringifyReplacer: () => jsonStringifyReplacer,
//   members: () => members,
//   merge: () => merge,
//   mergeDefs: () => mergeDefs,
//   normalizeParams: () => normalizeParams,
//   nullish: () => nullish,
//   numKeys: () => numKeys,
//   objectClone: () => objectClone,
//   omit: () => omit,
//   optionalKeys: () => optionalKeys,
//   own: () => own,
//   parsedType: () => parsedType,
//   partial: () => partial,
//   pick: () => pick,
//   prefixIssues: () => prefixIssues,
//   primitiveTypes: () => primitiveTypes,
//   promiseAllObject: () => promiseAllObject,
//   propertyKeyTypes: () => propertyKeyTypes,
//   randomString: () => randomString,
//   rawShape: () => rawShape,
//   required: () => required,
//   safeExtend: () => safeExtend,
//   shallowClone: () => shallowClone,
//   sizeCaps: () => sizeCaps,
//   slugify: () => slugify,
//   stringifyPrimitive: () => stringifyPrimitive,
//   toZod: () => toZod,
//   uint8ArrayToBase64: () => uint8ArrayToBase64,
//   uint8ArrayToBase64url: () => uint8ArrayToBase64url,
//   uint8ArrayToHex: () => uint8ArrayToHex,
//   unwrapMessage: () => unwrapMessage
// });
// function assertEqual(val) {
//   return val;
// }
// function assertNotEqual(val) {
//   return val;
// }
// function toZod() {
//   return (schema) => schema;
// }
// function assertIs(_arg) {
// }
// function assertNever(_x) {
//   throw new Error("Unexpected value in exhaustive check");
// }
// function assert(_) {
// }
// function getEnumValues(entries) {
//   const numericValues = Object.values(entries).filter((v) => typeof v === "number");
//   const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
//   return values;
// }
// function joinValues(array2, separator = "|") {
//   return array2.map((val) => stringifyPrimitive(val)).join(separator);
// }
// function jsonStringifyReplacer(_, value) {
//   if (typeof value === "bigint")
//     return value.toString();
//   return value;
// }
// var Cached = class {
//   constructor(getter) {
//     this._getter = getter;
//     this._value = void 0;
//   }
//   get value() {
//     const getter = this._getter;
//     if (getter !== void 0) {
//       this._value = getter();
//       this._getter = void 0;
//     }
//     return this._value;
//   }
// };
// function cached(getter) {
//   return new Cached(getter);
// }
// function nullish(input2) {
//   return input2 === null || input2 === void 0;
// }
// function cleanRegex(source) {
//   const start = source.startsWith("^") ? 1 : 0;
//   const end = source.endsWith("$") ? source.length - 1 : source.length;
//   return source.slice(start, end);
// }
// function floatSafeRemainder(val, step) {
//   const ratio = val / step;
//   const roundedRatio = Math.round(ratio);
//   const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
//   if (Math.abs(ratio - roundedRatio) < tolerance)
//     return 0;
//   return ratio - roundedRatio;
// }
// var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
// function defineLazy(object, key, getter) {
//   let value = void 0;
//   Object.defineProperty(object, key, {
//     get() {
//       if (value === EVALUATING) {
//         return void 0;
//       }
//       if (value === void 0) {
//         value = EVALUATING;
//         value = getter();
//       }
//       return value;
//     },
//     set(v) {
//       Object.defineProperty(object, key, {
//         value: v
//         // configurable: true,
//       });
//     },
//     configurable: true
//   });
// }
// function objectClone(obj) {
//   return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
// }
// function assignProp(target, prop, value) {
//   Object.defineProperty(target, prop, {
//     value,
//     writable: true,
//     enumerable: true,
//     configurable: true
//   });
// }
// function rawShape(def) {
//   const desc = Object.getOwnPropertyDescriptor(def, "shape");
//   return desc?.get ? desc.get.raw : desc?.value;
// }
// function sourceShape(schema) {
//   return rawShape(schema._zod.def) ?? schema._zod.def.shape;
// }
// function deferProp(target, key, getter) {
//   Object.defineProperty(target, key, {
//     get() {
//       const value = getter();
//       assignProp(this, key, value);
//       return value;
//     },
//     enumerable: true,
//     configurable: true
//   });
// }
// function putProp(target, key, value) {
//   if (key in target)
//     assignProp(target, key, value);
//   else
//     target[key] = value;
// }
// function mirrorShape(target, source, keys, wrap) {
//   const raw = sourceShape(source);
//   for (const key of keys) {
//     const desc = Object.getOwnPropertyDescriptor(raw, key);
//     if (!desc.enumerable)
//       continue;
//     if (desc.get) {
//       deferProp(target, key, () => {
//         const value = source._zod.def.shape[key];
//         return wrap ? wrap(value, key) : value;
//       });
//     } else
//       putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
//   }
// }
// function mirrorProps(target, source) {
//   for (const key of Reflect.ownKeys(source)) {
//     const desc = Object.getOwnPropertyDescriptor(source, key);
//     if (!desc.enumerable)
//       continue;
//     if (desc.get)
//       deferProp(target, key, () => source[key]);
//     else
//       putProp(target, key, desc.value);
//   }
// }
// function mergeDefs(...defs) {
//   const mergedDescriptors = {};
//   for (const def of defs) {
//     const descriptors = Object.getOwnPropertyDescriptors(def);
//     Object.assign(mergedDescriptors, descriptors);
//   }
//   return Object.defineProperties({}, mergedDescriptors);
// }
// function cloneDef(schema) {
//   return mergeDefs(schema._zod.def);
// }
// function getElementAtPath(obj, path) {
//   if (!path)
//     return obj;
//   return path.reduce((acc, key) => acc?.[key], obj);
// }
// function promiseAllObject(promisesObj) {
//   const keys = Object.keys(promisesObj);
//   const promises = keys.map((key) => promisesObj[key]);
//   return Promise.all(promises).then((results) => {
//     const resolvedObj = {};
//     for (let i = 0; i < keys.length; i++) {
//       resolvedObj[keys[i]] = results[i];
//     }
//     return resolvedObj;
//   });
// }
// function randomString(length = 10) {
//   const chars = "abcdefghijklmnopqrstuvwxyz";
//   let str = "";
//   for (let i = 0; i < length; i++) {
//     str += chars[Math.floor(Math.random() * chars.length)];
//   }
//   return str;
// }
// function esc(str) {
//   return JSON.stringify(str);
// }
// function slugify(input2) {
//   return input2.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
// }
// var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
// };
// function isObject(data) {
//   return typeof data === "object" && data !== null && !Array.isArray(data);
// }
// var allowsEval = /* @__PURE__ */ cached(() => {
//   if (globalConfig.jitless) {
//     return false;
//   }
//   if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
//     return false;
//   }
//   try {
//     const F = Function;
//     new F("");
//     return true;
//   } catch (_) {
//     return false;
//   }
// });
// function isPlainObject(o) {
//   if (isObject(o) === false)
//     return false;
//   const ctor = o.constructor;
//   if (ctor === void 0)
//     return true;
//   if (typeof ctor !== "function")
//     return true;
//   const prot = ctor.prototype;
//   if (isObject(prot) === false)
//     return false;
//   if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
//     return false;
//   }
//   return true;
// }
// function shallowClone(o) {
//   if (isPlainObject(o))
//     return { ...o };
//   if (Array.isArray(o))
//     return [...o];
//   if (o instanceof Map)
//     return new Map(o);
//   if (o instanceof Set)
//     return new Set(o);
//   return o;
// }
// function numKeys(data) {
//   let keyCount = 0;
//   for (const key in data) {
//     if (Object.prototype.hasOwnProperty.call(data, key)) {
//       keyCount++;
//     }
//   }
//   return keyCount;
// }
// var getParsedType = (data) => {
//   const t = typeof data;
//   switch (t) {
//     case "undefined":
//       return "undefined";
//     case "string":
//       return "string";
//     case "number":
//       return Number.isNaN(data) ? "nan" : "number";
//     case "boolean":
//       return "boolean";
//     case "function":
//       return "function";
//     case "bigint":
//       return "bigint";
//     case "symbol":
//       return "symbol";
//     case "object":
//       if (Array.isArray(data)) {
//         return "array";
//       }
//       if (data === null) {
//         return "null";
//       }
//       if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
//         return "promise";
//       }
//       if (typeof Map !== "undefined" && data instanceof Map) {
//         return "map";
//       }
//       if (typeof Set !== "undefined" && data instanceof Set) {
//         return "set";
//       }
//       if (typeof Date !== "undefined" && data instanceof Date) {
//         return "date";
//       }
//       if (typeof File !== "undefined" && data instanceof File) {
//         return "file";
//       }
//       return "object";
//     default:
//       throw new Error(`Unknown data type: ${t}`);
//   }
// };
// var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
// var primitiveTypes = /* @__PURE__ */ new Set([
//   "string",
//   "number",
//   "bigint",
//   "boolean",
//   "symbol",
//   "undefined"
// ]);
// function escapeRegex(str) {
//   return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// }
// function clone(inst, def, params) {
//   const cl = new inst._zod.constr(def ?? inst._zod.def);
//   if (!def || params?.parent)
//     cl._zod.parent = inst;
//   return cl;
// }
// function normalizeParams(_params) {
//   const params = _params;
//   if (!params)
//     return {};
//   if (typeof params === "string")
//     return { error: () => params };
//   if (params?.message !== void 0) {
//     if (params?.error !== void 0)
//       throw new Error("Cannot specify both `message` and `error` params");
//     params.error = params.message;
//   }
//   delete params.message;
//   if (typeof params.error === "string")
//     return { ...params, error: () => params.error };
//   return params;
// }
// function createTransparentProxy(getter) {
//   let target;
//   return new Proxy({}, {
//     get(_, prop, receiver) {
//       target ?? (target = getter());
//       return Reflect.get(target, prop, receiver);
//     },
//     set(_, prop, value, receiver) {
//       target ?? (target = getter());
//       return Reflect.set(target, prop, value, receiver);
//     },
//     has(_, prop) {
//       target ?? (target = getter());
//       return Reflect.has(target, prop);
//     },
//     deleteProperty(_, prop) {
//       target ?? (target = getter());
//       return Reflect.deleteProperty(target, prop);
//     },
//     ownKeys(_) {
//       target ?? (target = getter());
//       return Reflect.ownKeys(target);
//     },
//     getOwnPropertyDescriptor(_, prop) {
//       target ?? (target = getter());
//       return Reflect.getOwnPropertyDescriptor(target, prop);
//     },
//     defineProperty(_, prop, descriptor) {
//       target ?? (target = getter());
//       return Reflect.defineProperty(target, prop, descriptor);
//     }
//   });
// }
// function stringifyPrimitive(value) {
//   if (typeof value === "bigint")
//     return value.toString() + "n";
//   if (typeof value === "string")
//     return `"${value}"`;
//   return `${value}`;
// }
// function optionalKeys(shape) {
//   return Object.keys(shape).filter((k) => {
//     return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
//   });
// }
// var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
//   safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
//   int32: [-2147483648, 2147483647],
//   uint32: [0, 4294967295],
//   float32: [-34028234663852886e22, 34028234663852886e22],
//   float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
// }))();
// var BIGINT_FORMAT_RANGES = {
//   int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
//   uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
// };
// function pick(schema, mask) {
//   const currDef = schema._zod.def;
//   const checks = currDef.checks;
//   const hasChecks = checks && checks.length > 0;
//   if (hasChecks) {
//     throw new Error(".pick() cannot be used on object schemas containing refinements");
//   }
//   const newShape = {};
//   mirrorShape(newShape, schema, maskedKeys(schema, mask));
//   return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
// }
// function maskedKeys(schema, mask) {
//   const raw = sourceShape(schema);
//   const keys = [];
//   for (const key of Reflect.ownKeys(mask)) {
//     if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
//       throw new Error(`Unrecognized key: "${String(key)}"`);
//     }
//     if (mask[key])
//       keys.push(key);
//   }
//   return keys;
// }
// function omit(schema, mask) {
//   const currDef = schema._zod.def;
//   const checks = currDef.checks;
//   const hasChecks = checks && checks.length > 0;
//   if (hasChecks) {
//     throw new Error(".omit() cannot be used on object schemas containing refinements");
//   }
//   const omitted = new Set(maskedKeys(schema, mask));
//   const newShape = {};
//   mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
//   return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
// }
// function extend(schema, shape) {
//   if (!isPlainObject(shape)) {
//     throw new Error("Invalid input to extend: expected a plain object");
//   }
//   const checks = schema._zod.def.checks;
//   const hasChecks = checks && checks.length > 0;
//   if (hasChecks) {
//     const existingShape = sourceShape(schema);
//     for (const key of Reflect.ownKeys(shape)) {
//       if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
//         throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
//       }
//     }
//   }
//   return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
// }
// function extended(schema, shape) {
//   const newShape = {};
//   mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
//   mirrorProps(newShape, shape);
//   return newShape;
// }
// function safeExtend(schema, shape) {
//   if (!isPlainObject(shape)) {
//     throw new Error("Invalid input to safeExtend: expected a plain object");
//   }
//   return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
// }
// function merge(a, b) {
//   if (!b?._zod?.def) {
//     throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
//   }
//   if (a._zod.def.checks?.length) {
//     throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
//   }
//   const newShape = {};
//   mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
//   mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
//   const def = mergeDefs(a._zod.def, {
//     shape: newShape,
//     get catchall() {
//       return b._zod.def.catchall;
//     },
//     checks: b._zod.def.checks ?? []
//   });
//   return clone(a, def);
// }
// function partial(Class2, schema, mask, name = "partial") {
//   const currDef = schema._zod.def;
//   const checks = currDef.checks;
//   const hasChecks = checks && checks.length > 0;
//   if (hasChecks) {
//     throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
//   }
//   const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
//   const newShape = {};
//   mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
//   return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
// }
// function required(Class2, schema, mask) {
//   const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
//   const newShape = {};
//   mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
//     // overwrite with non-optional
//     selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
//   ));
//   return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
// }
// function aborted(x, startIndex = 0) {
//   if (x.aborted === true)
//     return true;
//   for (let i = startIndex; i < x.issues.length; i++) {
//     if (x.issues[i]?.continue !== true) {
//       return true;
//     }
//   }
//   return false;
// }
// function explicitlyAborted(x, startIndex = 0) {
//   if (x.aborted === true)
//     return true;
//   for (let i = startIndex; i < x.issues.length; i++) {
//     if (x.issues[i]?.continue === false) {
//       return true;
//     }
//   }
//   return false;
// }
// function prefixIssues(path, issues) {
//   return issues.map((iss) => {
//     var _a3;
//     (_a3 = iss).path ?? (_a3.path = []);
//     iss.path.unshift(path);
//     return iss;
//   });
// }
// function unwrapMessage(message) {
//   return typeof message === "string" ? message : message?.message;
// }
// function sizeCaps(defChecks) {
//   const caps = [];
//   for (const ch of defChecks ?? []) {
//     const d = ch._zod.def;
//     if (!/_(length|size)$|_equals$/.test(d.check))
//       break;
//     const max = d.maximum ?? d.length ?? d.size;
//     if (max >= 0)
//       caps.push([max, ch]);
//   }
//   return caps;
// }
// function attachSchema(issues, start, inst) {
//   var _a3;
//   for (let i = start; i < issues.length; i++) {
//     (_a3 = issues[i]).schema ?? (_a3.schema = inst);
//   }
// }
// function finalizeIssue(iss, ctx, config2) {
//   var _a3;
//   const traits = iss.inst?._zod?.traits;
//   if (traits?.has("$ZodType")) {
//     if (traits.has("$ZodCheck"))
//       (_a3 = iss).schema ?? (_a3.schema = iss.inst);
//     else
//       iss.schema = iss.inst;
//   }
//   const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
//   const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
//   const full = {};
//   for (const k of Object.keys(iss)) {
//     if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
//       continue;
//     full[k] = iss[k];
//   }
//   full.path ?? (full.path = []);
//   full.message = message;
//   if (ctx?.reportInput) {
//     full.input = iss.input;
//   }
//   return full;
// }
// function getSizableOrigin(input2) {
//   if (input2 instanceof Set)
//     return "set";
//   if (input2 instanceof Map)
//     return "map";
//   if (input2 instanceof File)
//     return "file";
//   return "unknown";
// }
// var highSurrogate = /[\uD800-\uDBFF]/;
// function codePointLength(str) {
//   const units = str.length;
//   if (!highSurrogate.test(str))
//     return units;
//   let count = units;
//   for (let i = 0; i < units - 1; i++) {
//     if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
//       count--;
//       i++;
//     }
//   }
//   return count;
// }
// function getLengthableOrigin(input2) {
//   if (Array.isArray(input2))
//     return "array";
//   if (typeof input2 === "string")
//     return "string";
//   return "unknown";
// }
// function parsedType(data) {
//   const t = typeof data;
//   switch (t) {
//     case "number": {
//       return Number.isNaN(data) ? "nan" : "number";
//     }
//     case "object": {
//       if (data === null) {
//         return "null";
//       }
//       if (Array.isArray(data)) {
//         return "array";
//       }
//       const obj = data;
//       if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
//         return obj.constructor.name;
//       }
//     }
//   }
//   return t;
// }
// function issue(...args) {
//   const [iss, input2, inst] = args;
//   if (typeof iss === "string") {
//     return {
//       message: iss,
//       code: "custom",
//       input: input2,
//       inst
//     };
//   }
//   return { ...iss };
// }
// function cleanEnum(obj) {
//   return Object.entries(obj).filter(([k, _]) => {
//     return Number.isNaN(Number.parseInt(k, 10));
//   }).map((el) => el[1]);
// }
// function base64ToUint8Array(base642) {
//   const binaryString = atob(base642);
//   const bytes = new Uint8Array(binaryString.length);
//   for (let i = 0; i < binaryString.length; i++) {
//     bytes[i] = binaryString.charCodeAt(i);
//   }
//   return bytes;
// }
// function uint8ArrayToBase64(bytes) {
//   let binaryString = "";
//   for (let i = 0; i < bytes.length; i++) {
//     binaryString += String.fromCharCode(bytes[i]);
//   }
//   return btoa(binaryString);
// }
// function base64urlToUint8Array(base64url2) {
//   const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
//   const padding = "=".repeat((4 - base642.length % 4) % 4);
//   return base64ToUint8Array(base642 + padding);
// }
// function uint8ArrayToBase64url(bytes) {
//   return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
// }
// function hexToUint8Array(hex) {
//   const cleanHex = hex.replace(/^0x/, "");
//   if (cleanHex.length % 2 !== 0) {
//     throw new Error("Invalid hex string length");
//   }
//   const bytes = new Uint8Array(cleanHex.length / 2);
//   for (let i = 0; i < cleanHex.length; i += 2) {
//     bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
//   }
//   return bytes;
// }
// function uint8ArrayToHex(bytes) {
//   return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
// }
// var Class = class {
//   constructor(..._args) {
//   }
// };
// function members(proto, table) {
//   for (const key in table) {
//     const desc = Object.getOwnPropertyDescriptor(table, key);
//     if (desc.get)
//       Object.defineProperty(proto, key, { ...desc, enumerable: false });
//     else
//       defineBound(proto, key, desc.value);
//   }
// }
// function own(inst, key, value, enumerable = true) {
//   Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
//   return value;
// }
// function hide(inst, key, value) {
//   return own(inst, key, value, false);
// }
// // @__NO_SIDE_EFFECTS__
// function derived(computes, table) {
//   for (const key in computes) {
//     const compute = computes[key];
//     Object.defineProperty(table, key, {
//       configurable: true,
//       enumerable: true,
//       get() {
//         return own(this, key, compute(this));
//       },
//       set(value) {
//         own(this, key, value);
//       }
//     });
//   }
//   return table;
// }
// function defineBound(proto, key, fn) {
//   Object.defineProperty(proto, key, {
//     configurable: true,
//     get() {
//       return this == null ? fn : own(this, key, fn.bind(this));
//     },
//     set(value) {
//       own(this, key, value);
//     }
//   });
// }
// function claim(inst, sentinel) {
//   const proto = Object.getPrototypeOf(inst);
//   return sentinel in proto ? void 0 : proto;
// }
// var installing;
// var broke = false;
// var breaker = {
//   configurable: true,
//   get() {
//     broke = true;
//     return void 0;
//   }
// };
// function defineLazyInternal(inst, key, compute) {
//   const proto = Object.getPrototypeOf(inst._zod);
//   if (key in proto && installing !== inst._zod) {
//     installing = void 0;
//     return;
//   }
//   installing = inst._zod;
//   Object.defineProperty(proto, key, {
//     configurable: true,
//     get() {
//       Object.defineProperty(this, key, breaker);
//       const outer = broke;
//       broke = false;
//       try {
//         const value = compute(this);
//         if (broke)
//           delete this[key];
//         else
//           Object.defineProperty(this, key, { configurable: true, writable: true, value });
//         broke = broke || outer;
//         return value;
//       } catch (err) {
//         delete this[key];
//         broke = broke || outer;
//         throw err;
//       }
//     },
//     set(value) {
//       Object.defineProperty(this, key, { configurable: true, writable: true, value });
//     }
//   });
// }
// function installLazyProp(inst, key, make, enumerable) {
//   const proto = claim(inst, key);
//   if (!proto)
//     return;
//   Object.defineProperty(proto, key, {
//     configurable: true,
//     get() {
//       const desc = { configurable: true, writable: true, enumerable, value: void 0 };
//       Object.defineProperty(this, key, desc);
//       desc.value = make(this);
//       Object.defineProperty(this, key, desc);
//       return desc.value;
//     },
//     set(value) {
//       Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
//     }
//   });
// }
// var CONSTANT_CATCH = "~constantCatch";
// function constantCatch(value) {
//   const fn = () => value;
//   fn[CONSTANT_CATCH] = true;
//   return fn;
// }
// 
// // node_modules/zod/v4/core/core.js
// var _a;
// var NEVER = /* @__PURE__ */ Object.freeze({
//   status: "aborted"
// });
// var _zodDesc = { value: void 0, enumerable: false };
// var _E = "captureStackTrace" in Error ? Error : null;
// function newError(Definition) {
//   const E = _E;
//   if (E) {
//     const saved = E.stackTraceLimit;
//     if (typeof saved === "number") {
//       try {
//         E.stackTraceLimit = 0;
//       } catch {
//         _E = null;
//         return new Definition();
//       }
//       try {
//         return new Definition();
//       } finally {
//         E.stackTraceLimit = saved;
//       }
//     }
//   }
//   return new Definition();
// }
// // @__NO_SIDE_EFFECTS__
// function $constructor(name, initializer3, proto, params) {
//   const zodProto = {};
//   function Internals(def) {
//     this.def = def;
//     this.constr = _;
//     this.traits = /* @__PURE__ */ new Set();
//   }
//   Internals.prototype = zodProto;
//   const protoMembers = proto;
//   const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
//   function init(inst, def) {
//     if (!inst._zod) {
//       _zodDesc.value = new Internals(def);
//       try {
//         Object.defineProperty(inst, "_zod", _zodDesc);
//       } finally {
//         _zodDesc.value = void 0;
//       }
//     } else if (inst._zod.traits.has(name)) {
//       return;
//     }
//     inst._zod.traits.add(name);
//     initializer3(inst, def);
//     if (initialized) {
//       const own2 = Object.getPrototypeOf(inst);
//       const ctorProto = inst._zod.constr.prototype;
//       let up = own2;
//       while (up && up !== ctorProto)
//         up = Object.getPrototypeOf(up);
//       const target = up ?? own2;
//       if (!initialized.has(target)) {
//         initialized.add(target);
//         members(target, protoMembers);
//       }
//     }
//     const proto2 = _.prototype;
//     for (const k in proto2) {
//       if (!Object.prototype.hasOwnProperty.call(proto2, k))
//         continue;
//       if (!(k in inst)) {
//         inst[k] = proto2[k].bind(inst);
//       }
//     }
//   }
//   const Parent = params?.Parent ?? Object;
//   class Definition extends Parent {
//   }
//   Object.defineProperty(Definition, "name", { value: name });
//   function _(def) {
//     const inst = params?.Parent ? newError(Definition) : this;
//     init(inst, def);
//     const deferred = inst._zod.deferred;
//     if (deferred) {
//       for (const fn of deferred) {
//         fn();
//       }
//       inst._zod.deferred = void 0;
//     }
//     const pp = globalThis.__zod_globalConfig?.postProcessor;
//     if (pp)
//       pp(inst);
//     return inst;
//   }
//   Object.defineProperty(_, "init", { value: init });
//   Object.defineProperty(_, Symbol.hasInstance, {
//     value: (inst) => {
//       if (params?.Parent && inst instanceof params.Parent)
//         return true;
//       return inst?._zod?.traits?.has(name);
//     }
//   });
//   Object.defineProperty(_, "name", { value: name });
//   return _;
// }
// var $ZodAsyncError = class extends Error {
//   constructor() {
//     super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
//   }
// };
// var $ZodEncodeError = class extends Error {
//   constructor(name) {
//     super(`Encountered unidirectional transform during encode: ${name}`);
//     this.name = "ZodEncodeError";
//   }
// };
// (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
// var globalConfig = globalThis.__zod_globalConfig;
// function config(newConfig) {
//   if (newConfig)
//     Object.assign(globalConfig, newConfig);
//   return globalConfig;
// }
// 
// // node_modules/zod/v4/core/errors.js
// function _getMessage() {
//   const internals = this._zod;
//   internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
//   return internals.message;
// }
// function _setMessage(value) {
//   this._zod.message = value;
// }
// var _messageDesc = {
//   get: _getMessage,
//   set: _setMessage,
//   enumerable: true,
//   configurable: true
// };
// var _issuesDesc = { value: void 0, enumerable: false };
// var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
// var initializer = (inst, def) => {
//   inst.name = "$ZodError";
//   _issuesDesc.value = def;
//   Object.defineProperty(inst, "issues", _issuesDesc);
//   _issuesDesc.value = void 0;
//   Object.defineProperty(inst, "message", _messageDesc);
//   const proto = Object.getPrototypeOf(inst);
//   if (!_installedToString.has(proto)) {
//     _installedToString.add(proto);
//     Object.defineProperty(proto, "toString", {
//       configurable: true,
//       enumerable: false,
//       get() {
//         const value = () => this.message;
//         Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
//         return value;
//       },
//       set(value) {
//         Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
//       }
//     });
//   }
// };
// var $ZodError = $constructor("$ZodError", initializer);
// var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
//   Parent: Error
// });
// function node(obj, key, make) {
//   if (!Object.prototype.hasOwnProperty.call(obj, key)) {
//     if (key === "__proto__") {
//       Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
//     } else {
//       obj[key] = make();
//     }
//   }
//   return obj[key];
// }
// function flattenError(error2, mapper = (issue2) => issue2.message) {
//   const fieldErrors = {};
//   const formErrors = [];
//   for (const sub of error2.issues) {
//     if (sub.path.length > 0) {
//       node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
//     } else {
//       formErrors.push(mapper(sub));
//     }
//   }
//   return { formErrors, fieldErrors };
// }
// function formatError(error2, mapper = (issue2) => issue2.message) {
//   const fieldErrors = { _errors: [] };
//   const processError = (error3, path = []) => {
//     for (const issue2 of error3.issues) {
//       if (issue2.code === "invalid_union" && issue2.errors.length) {
//         issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
//       } else if (issue2.code === "invalid_key") {
//         processError({ issues: issue2.issues }, [...path, ...issue2.path]);
//       } else if (issue2.code === "invalid_element") {
//         processError({ issues: issue2.issues }, [...path, ...issue2.path]);
//       } else {
//         const fullpath = [...path, ...issue2.path];
//         if (fullpath.length === 0) {
//           fieldErrors._errors.push(mapper(issue2));
//         } else {
//           let curr = fieldErrors;
//           let i = 0;
//           while (i < fullpath.length) {
//             const el = fullpath[i];
//             const terminal = i === fullpath.length - 1;
//             if (el === "_errors") {
//               if (terminal)
//                 curr._errors.push(mapper(issue2));
//               i++;
//               continue;
//             }
//             if (!Object.prototype.hasOwnProperty.call(curr, el)) {
//               Object.defineProperty(curr, el, {
//                 value: { _errors: [] },
//                 enumerable: true,
//                 writable: true,
//                 configurable: true
//               });
//             }
//             const node2 = curr[el];
//             if (terminal) {
//               node2._errors.push(mapper(issue2));
//             }
//             curr = node2;
//             i++;
//           }
//         }
//       }
//     }
//   };
//   processError(error2);
//   return fieldErrors;
// }
// 
// // node_modules/zod/v4/core/parse.js
// function finalizeParams(callee, params) {
//   return { callee: params?.callee ?? callee, Err: params?.Err };
// }
// var _parse = (_Err) => {
//   const fn = (schema, value, _ctx, _params) => {
//     const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
//     const result = schema._zod.run({ value, issues: [] }, ctx);
//     if (result instanceof Promise) {
//       throw new $ZodAsyncError();
//     }
//     if (result.issues.length) {
//       const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
//       captureStackTrace(e, _params?.callee ?? fn);
//       throw e;
//     }
//     return result.value;
//   };
//   return fn;
// };
// var _parseAsync = (_Err) => {
//   const fn = async (schema, value, _ctx, params) => {
//     const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
//     let result = schema._zod.run({ value, issues: [] }, ctx);
//     if (result instanceof Promise)
//       result = await result;
//     if (result.issues.length) {
//       const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
//       captureStackTrace(e, params?.callee ?? fn);
//       throw e;
//     }
//     return result.value;
//   };
//   return fn;
// };
// var _safeParse = (_Err) => (schema, value, _ctx) => {
//   const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
//   const result = schema._zod.run({ value, issues: [] }, ctx);
//   if (result instanceof Promise) {
//     throw new $ZodAsyncError();
//   }
//   return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
// };
// function failure(Err, issues, ctx) {
//   let error2;
//   return {
//     success: false,
//     get error() {
//       if (!error2) {
//         error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
//         issues = void 0;
//         ctx = void 0;
//       }
//       return error2;
//     },
//     set error(e) {
//       error2 = e;
//       issues = void 0;
//       ctx = void 0;
//     }
//   };
// }
// var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
//   const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
//   let result = schema._zod.run({ value, issues: [] }, ctx);
//   if (result instanceof Promise)
//     result = await result;
//   return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
// };
// var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
// var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// var validate = ((schema, value, _ctx) => {
//   const validator = schema._zod.bag.validator;
//   if (validator !== void 0) {
//     if (validator(value) !== COMPILE_INVALID)
//       return true;
//     if (validator.definite === true && _ctx === void 0)
//       return false;
//   }
//   return validateFallback(schema, value, _ctx);
// });
// function validateFallback(schema, value, _ctx) {
//   const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
//   const fallbackRun = schema._zod.bag.fallbackRun;
//   let result;
//   if (fallbackRun) {
//     ctx[COMPILE_FALLBACK] = true;
//     result = fallbackRun({ value, issues: [] }, ctx);
//   } else {
//     result = schema._zod.run({ value, issues: [] }, ctx);
//   }
//   if (result instanceof Promise) {
//     throw new $ZodAsyncError();
//   }
//   return result.issues.length === 0;
// }
// var validateAsync = async (schema, value, _ctx) => {
//   const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
//   let result = schema._zod.run({ value, issues: [] }, ctx);
//   if (result instanceof Promise)
//     result = await result;
//   return result.issues.length === 0;
// };
// var _encode = (_Err) => {
//   const parse2 = _parse(_Err);
//   const fn = (schema, value, _ctx, _params) => {
//     const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
//     return parse2(schema, value, ctx, finalizeParams(fn, _params));
//   };
//   return fn;
// };
// var _decode = (_Err) => {
//   const parse2 = _parse(_Err);
//   const fn = (schema, value, _ctx, _params) => {
//     return parse2(schema, value, _ctx, finalizeParams(fn, _params));
//   };
//   return fn;
// };
// var _encodeAsync = (_Err) => {
//   const parseAsync2 = _parseAsync(_Err);
//   const fn = async (schema, value, _ctx, _params) => {
//     const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
//     return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
//   };
//   return fn;
// };
// var _decodeAsync = (_Err) => {
//   const parseAsync2 = _parseAsync(_Err);
//   const fn = async (schema, value, _ctx, _params) => {
//     return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
//   };
//   return fn;
// };
// var _safeEncode = (_Err) => (schema, value, _ctx) => {
//   const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
//   return _safeParse(_Err)(schema, value, ctx);
// };
// var _safeDecode = (_Err) => (schema, value, _ctx) => {
//   return _safeParse(_Err)(schema, value, _ctx);
// };
// var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
//   const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
//   return _safeParseAsync(_Err)(schema, value, ctx);
// };
// var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
//   return _safeParseAsync(_Err)(schema, value, _ctx);
// };
// 
// // node_modules/zod/v4/core/regexes.js
// var cuid = /^[cC][0-9a-z]{6,}$/;
// var cuid2 = /^[0-9a-z]+$/;
// var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
// var xid = /^[0-9a-vA-V]{20}$/;
// var ksuid = /^[A-Za-z0-9]{27}$/;
// var nanoid = /^[a-zA-Z0-9_-]{21}$/;
// function nanoidOfLength(length) {
//   return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
// }
// var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
// var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
// var uuid = (version2) => {
//   if (!version2)
//     return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
//   return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
// };
// var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
// var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
// function emoji() {
//   return new RegExp(_emoji, "u");
// }
// var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
// var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
// var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
// var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
// var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// var httpProtocol = /^https?$/;
// var e164 = /^\+[1-9]\d{6,14}$/;
// var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
// function anchor(source) {
//   return new RegExp(`^${source}$`);
// }
// var date = /* @__PURE__ */ anchor(dateSource);
// function timeSource(args) {
//   const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
//   const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
//   return regex;
// }
// function time(args) {
//   return new RegExp(`^${timeSource(args)}$`);
// }
// function datetime(args) {
//   const opts = ["Z"];
//   if (args.offset)
//     opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
//   const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
//   const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
//   return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
// }
// var anyString = /^[\s\S]{0,}$/;
// var integer = /^-?\d+$/;
// var number = /^-?\d+(?:\.\d+)?$/;
// var boolean = /^(?:true|false)$/i;
// var lowercase = /^[^A-Z]*$/;
// var uppercase = /^[^a-z]*$/;
// 
// // node_modules/zod/v4/core/checks.js
// var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
//   var _a3;
//   inst._zod ?? (inst._zod = {});
//   inst._zod.def = def;
//   (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
// });
// var _whenHasLength = (payload) => {
//   const val = payload.value;
//   return !nullish(val) && val.length !== void 0;
// };
// var numericOriginMap = {
//   number: "number",
//   bigint: "bigint",
//   object: "date"
// };
// var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
//   $ZodCheck.init(inst, def);
//   const origin = numericOriginMap[typeof def.value];
//   inst._zod.check = (payload) => {
//     if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
//       return;
//     }
//     payload.issues.push({
//       origin: numericOriginMap[typeof payload.value] ?? origin,
//       code: "too_big",
//       maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
//       input: payload.value,
//       inclusive: def.inclusive,
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
//   $ZodCheck.init(inst, def);
//   const origin = numericOriginMap[typeof def.value];
//   inst._zod.check = (payload) => {
//     if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
//       return;
//     }
//     payload.issues.push({
//       origin: numericOriginMap[typeof payload.value] ?? origin,
//       code: "too_small",
//       minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
//       input: payload.value,
//       inclusive: def.inclusive,
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
//   $ZodCheck.init(inst, def);
//   inst._zod.check = (payload) => {
//     if (typeof payload.value !== typeof def.value)
//       throw new Error("Cannot mix number and bigint in multiple_of check.");
//     const isMultiple = typeof payload.value === "bigint" ? (
//       // `value % 0n` throws, and nothing is a multiple of zero \u{2014} the number branch already fails this way via NaN
//       def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
//     ) : floatSafeRemainder(payload.value, def.value) === 0;
//     if (isMultiple)
//       return;
//     payload.issues.push({
//       origin: typeof payload.value,
//       code: "not_multiple_of",
//       divisor: def.value,
//       input: payload.value,
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
//   $ZodCheck.init(inst, def);
//   def.format = def.format || "float64";
//   const isInt = def.format?.includes("int");
//   const origin = isInt ? "int" : "number";
//   const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
//   inst._zod.check = (payload) => {
//     const input2 = payload.value;
//     if (isInt) {
//       if (!Number.isInteger(input2)) {
//         payload.issues.push({
//           expected: origin,
//           format: def.format,
//           code: "invalid_type",
//           continue: false,
//           input: input2,
//           inst
//         });
//         return;
//       }
//       if (!Number.isSafeInteger(input2)) {
//         if (input2 > 0) {
//           payload.issues.push({
//             input: input2,
//             code: "too_big",
//             maximum: Number.MAX_SAFE_INTEGER,
//             note: "Integers must be within the safe integer range.",
//             inst,
//             origin,
//             inclusive: true,
//             continue: !def.abort
//           });
//         } else {
//           payload.issues.push({
//             input: input2,
//             code: "too_small",
//             minimum: Number.MIN_SAFE_INTEGER,
//             note: "Integers must be within the safe integer range.",
//             inst,
//             origin,
//             inclusive: true,
//             continue: !def.abort
//           });
//         }
//         return;
//       }
//     }
//     if (input2 < minimum) {
//       payload.issues.push({
//         origin: "number",
//         input: input2,
//         code: "too_small",
//         minimum,
//         inclusive: true,
//         inst,
//         continue: !def.abort
//       });
//     }
//     if (input2 > maximum) {
//       payload.issues.push({
//         origin: "number",
//         input: input2,
//         code: "too_big",
//         maximum,
//         inclusive: true,
//         inst,
//         continue: !def.abort
//       });
//     }
//   };
// });
// var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
//   var _a3;
//   $ZodCheck.init(inst, def);
//   (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
//   inst._zod.check = (payload) => {
//     const input2 = payload.value;
//     const units = input2.length;
//     const length = typeof input2 === "string" && units > def.maximum ? codePointLength(input2) : units;
//     if (length <= def.maximum)
//       return;
//     const origin = getLengthableOrigin(input2);
//     payload.issues.push({
//       origin,
//       code: "too_big",
//       maximum: def.maximum,
//       inclusive: true,
//       input: input2,
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
//   var _a3;
//   $ZodCheck.init(inst, def);
//   (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
//   inst._zod.check = (payload) => {
//     const input2 = payload.value;
//     const units = input2.length;
//     const length = typeof input2 === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input2) : units;
//     if (length >= def.minimum)
//       return;
//     const origin = getLengthableOrigin(input2);
//     payload.issues.push({
//       origin,
//       code: "too_small",
//       minimum: def.minimum,
//       inclusive: true,
//       input: input2,
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
//   var _a3;
//   $ZodCheck.init(inst, def);
//   (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
//   inst._zod.check = (payload) => {
//     const input2 = payload.value;
//     const units = input2.length;
//     const length = typeof input2 === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input2) : units;
//     if (length === def.length)
//       return;
//     const origin = getLengthableOrigin(input2);
//     const tooBig = length > def.length;
//     payload.issues.push({
//       origin,
//       ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
//       inclusive: true,
//       exact: true,
//       input: payload.value,
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
//   var _a3, _b;
//   $ZodCheck.init(inst, def);
//   if (def.pattern)
//     (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
//       def.pattern.lastIndex = 0;
//       if (def.pattern.test(payload.value))
//         return;
//       payload.issues.push({
//         origin: "string",
//         code: "invalid_format",
//         format: def.format,
//         input: payload.value,
//         ...def.pattern ? { pattern: def.pattern.toString() } : {},
//         inst,
//         continue: !def.abort
//       });
//     });
//   else
//     (_b = inst._zod).check ?? (_b.check = () => {
//     });
// });
// var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
//   $ZodCheckStringFormat.init(inst, def);
//   inst._zod.check = (payload) => {
//     def.pattern.lastIndex = 0;
//     if (def.pattern.test(payload.value))
//       return;
//     payload.issues.push({
//       origin: "string",
//       code: "invalid_format",
//       format: "regex",
//       input: payload.value,
//       pattern: def.pattern.toString(),
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
//   def.pattern ?? (def.pattern = lowercase);
//   $ZodCheckStringFormat.init(inst, def);
// });
// var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
//   def.pattern ?? (def.pattern = uppercase);
//   $ZodCheckStringFormat.init(inst, def);
// });
// var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
//   $ZodCheck.init(inst, def);
//   const escapedRegex = escapeRegex(def.includes);
//   const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
//   def.pattern = pattern;
//   inst._zod.check = (payload) => {
//     if (payload.value.includes(def.includes, def.position))
//       return;
//     payload.issues.push({
//       origin: "string",
//       code: "invalid_format",
//       format: "includes",
//       includes: def.includes,
//       input: payload.value,
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
//   $ZodCheck.init(inst, def);
//   const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
//   def.pattern ?? (def.pattern = pattern);
//   inst._zod.check = (payload) => {
//     if (payload.value.startsWith(def.prefix))
//       return;
//     payload.issues.push({
//       origin: "string",
//       code: "invalid_format",
//       format: "starts_with",
//       prefix: def.prefix,
//       input: payload.value,
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
//   $ZodCheck.init(inst, def);
//   const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
//   def.pattern ?? (def.pattern = pattern);
//   inst._zod.check = (payload) => {
//     if (payload.value.endsWith(def.suffix))
//       return;
//     payload.issues.push({
//       origin: "string",
//       code: "invalid_format",
//       format: "ends_with",
//       suffix: def.suffix,
//       input: payload.value,
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
//   $ZodCheck.init(inst, def);
//   inst._zod.check = (payload) => {
//     payload.value = def.tx(payload.value);
//   };
// });
// 
// // node_modules/zod/v4/core/doc.js
// var Doc = class {
//   constructor(args = [], closed = {}) {
//     this.content = [];
//     this.indent = 0;
//     this.args = args;
//     this.closed = closed;
//   }
//   // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
//   indented(fn) {
//     this.indent += 1;
//     try {
//       fn(this);
//     } finally {
//       this.indent -= 1;
//     }
//   }
//   write(arg) {
//     if (typeof arg === "function") {
//       arg(this, { execution: "sync" });
//       arg(this, { execution: "async" });
//       return;
//     }
//     const content = arg;
//     const lines = content.split("\n").filter((x) => x);
//     const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
//     const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
//     for (const line of dedented) {
//       this.content.push(line);
//     }
//   }
//   compile() {
//     const F = Function;
//     const content = this?.content ?? [``];
//     const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
// ${content.join("\n")}
// };`);
//     return factory(...Object.values(this.closed));
//   }
// };
// 
// // node_modules/zod/v4/core/versions.js
// var version = {
//   major: 4,
//   minor: 6,
//   patch: 7
// };
// 
// // node_modules/zod/v4/core/schemas.js
// var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
//   var _a3;
//   inst ?? (inst = {});
//   inst._zod.def = def;
//   inst._zod.bag = inst._zod.bag || {};
//   inst._zod.version = version;
//   const defChecks = inst._zod.def.checks;
//   const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
//   for (const ch of checks) {
//     for (const fn of ch._zod.onattach) {
//       fn(inst);
//     }
//   }
//   if (checks.length === 0) {
//     (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
//     inst._zod.deferred?.push(() => {
//       inst._zod.run = inst._zod.parse;
//     });
//   } else {
//     const runChecks = (payload, checks2, ctx) => {
//       if (payload.memo)
//         return payload;
//       let isAborted = aborted(payload);
//       let asyncResult;
//       for (const ch of checks2) {
//         if (ch._zod.def.when) {
//           if (explicitlyAborted(payload))
//             continue;
//           const shouldRun = ch._zod.def.when(payload);
//           if (!shouldRun)
//             continue;
//         } else if (isAborted) {
//           continue;
//         }
//         const currLen = payload.issues.length;
//         const _ = ch._zod.check(payload);
//         if (_ instanceof Promise && ctx?.async === false) {
//           throw new $ZodAsyncError();
//         }
//         if (asyncResult || _ instanceof Promise) {
//           asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
//             await _;
//             const nextLen = payload.issues.length;
//             if (nextLen === currLen)
//               return;
//             attachSchema(payload.issues, currLen, inst);
//             if (!isAborted)
//               isAborted = aborted(payload, currLen);
//           });
//         } else {
//           const nextLen = payload.issues.length;
//           if (nextLen === currLen)
//             continue;
//           attachSchema(payload.issues, currLen, inst);
//           if (!isAborted)
//             isAborted = aborted(payload, currLen);
//         }
//       }
//       if (asyncResult) {
//         return asyncResult.then(() => {
//           return payload;
//         });
//       }
//       return payload;
//     };
//     const handleCanaryResult = (canary, payload, ctx) => {
//       if (aborted(canary)) {
//         canary.aborted = true;
//         return canary;
//       }
//       const checkResult = runChecks(payload, checks, ctx);
//       if (checkResult instanceof Promise) {
//         if (ctx.async === false)
//           throw new $ZodAsyncError();
//         return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
//       }
//       return inst._zod.parse(checkResult, ctx);
//     };
//     inst._zod.run = (payload, ctx) => {
//       if (ctx.skipChecks) {
//         return inst._zod.parse(payload, ctx);
//       }
//       if (ctx.direction === "backward") {
//         const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
//         if (canary instanceof Promise) {
//           return canary.then((canary2) => {
//             return handleCanaryResult(canary2, payload, ctx);
//           });
//         }
//         return handleCanaryResult(canary, payload, ctx);
//       }
//       const result = inst._zod.parse(payload, ctx);
//       if (result instanceof Promise) {
//         if (ctx.async === false)
//           throw new $ZodAsyncError();
//         return result.then((result2) => runChecks(result2, checks, ctx));
//       }
//       return runChecks(result, checks, ctx);
//     };
//   }
// }, {
//   // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
//   get "~standard"() {
//     return hide(this, "~standard", standardProps(this));
//   },
//   set "~standard"(value) {
//     own(this, "~standard", value);
//   }
// });
// var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
// async function validateAsync2(inst, value) {
//   const ctx = { async: true };
//   return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
// }
// function standardProps(inst) {
//   return {
//     validate: (value) => {
//       const ctx = { async: false };
//       try {
//         const r = inst._zod.run({ value, issues: [] }, ctx);
//         if (!(r instanceof Promise))
//           return toStandardResult(r, ctx);
//       } catch (_) {
//       }
//       return validateAsync2(inst, value);
//     },
//     vendor: "zod",
//     version: 1
//   };
// }
// var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
//   $ZodType.init(inst, def);
//   inst._zod.pattern = def.pattern ?? anyString;
//   inst._zod.parse = (payload, _) => {
//     if (def.coerce)
//       try {
//         payload.value = String(payload.value);
//       } catch (_2) {
//       }
//     if (typeof payload.value === "string")
//       return payload;
//     payload.issues.push({
//       expected: "string",
//       code: "invalid_type",
//       input: payload.value,
//       inst
//     });
//     return payload;
//   };
// });
// var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
//   $ZodCheckStringFormat.init(inst, def);
//   $ZodString.init(inst, def);
// });
// var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
//   def.pattern ?? (def.pattern = guid);
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
//   if (def.version) {
//     const versionMap = {
//       v1: 1,
//       v2: 2,
//       v3: 3,
//       v4: 4,
//       v5: 5,
//       v6: 6,
//       v7: 7,
//       v8: 8
//     };
//     const v = versionMap[def.version];
//     if (v === void 0)
//       throw new Error(`Invalid UUID version: "${def.version}"`);
//     def.pattern ?? (def.pattern = uuid(v));
//   } else
//     def.pattern ?? (def.pattern = uuid());
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
//   def.pattern ?? (def.pattern = email);
//   $ZodStringFormat.init(inst, def);
// });
// var URL_BAD_FORMAT = 1;
// var URL_UNPARSEABLE = 2;
// function canParseURL(input2) {
//   try {
//     if (typeof URL !== "undefined" && typeof URL.canParse === "function")
//       return URL.canParse(input2);
//     new URL(input2);
//     return true;
//   } catch {
//     return false;
//   }
// }
// function validateURL(trimmed, def) {
//   if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
//     return canParseURL(trimmed) || URL_UNPARSEABLE;
//   }
//   return parseURLObject(trimmed, def);
// }
// function parseURLObject(trimmed, def) {
//   if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
//     return URL_BAD_FORMAT;
//   }
//   try {
//     if (typeof URL !== "undefined") {
//       const URLStatic = URL;
//       if (typeof URLStatic.parse === "function")
//         return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
//     }
//     return new URL(trimmed);
//   } catch {
//     return URL_UNPARSEABLE;
//   }
// }
// var asciiTabOrNewline = /[\t\n\r]/g;
// function stripTabAndNewline(value) {
//   return value.replace(asciiTabOrNewline, "");
// }
// function urlHostnameOk(url, hostname) {
//   hostname.lastIndex = 0;
//   return hostname.test(url.hostname);
// }
// function urlProtocolOk(url, protocol) {
//   protocol.lastIndex = 0;
//   return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
// }
// var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
//   $ZodStringFormat.init(inst, def);
//   inst._zod.check = (payload) => {
//     try {
//       const trimmed = payload.value.trim();
//       const url = validateURL(trimmed, def);
//       if (url === URL_BAD_FORMAT) {
//         payload.issues.push({
//           code: "invalid_format",
//           format: "url",
//           note: "Invalid URL format",
//           input: payload.value,
//           inst,
//           continue: !def.abort
//         });
//         return;
//       }
//       if (url === URL_UNPARSEABLE) {
//         payload.issues.push({
//           code: "invalid_format",
//           format: "url",
//           input: payload.value,
//           inst,
//           continue: !def.abort
//         });
//         return;
//       }
//       if (url === true) {
//         payload.value = stripTabAndNewline(trimmed);
//         return;
//       }
//       if (def.hostname && !urlHostnameOk(url, def.hostname)) {
//         payload.issues.push({
//           code: "invalid_format",
//           format: "url",
//           note: "Invalid hostname",
//           pattern: def.hostname.source,
//           input: payload.value,
//           inst,
//           continue: !def.abort
//         });
//       }
//       if (def.protocol && !urlProtocolOk(url, def.protocol)) {
//         payload.issues.push({
//           code: "invalid_format",
//           format: "url",
//           note: "Invalid protocol",
//           pattern: def.protocol.source,
//           input: payload.value,
//           inst,
//           continue: !def.abort
//         });
//       }
//       payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
//       return;
//     } catch (_) {
//       payload.issues.push({
//         code: "invalid_format",
//         format: "url",
//         input: payload.value,
//         inst,
//         continue: !def.abort
//       });
//     }
//   };
// });
// var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
//   def.pattern ?? (def.pattern = emoji());
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
//   if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
//     throw new Error(`Invalid nanoid length: ${def.length}`);
//   def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
//   def.pattern ?? (def.pattern = cuid);
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
//   def.pattern ?? (def.pattern = cuid2);
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
//   def.pattern ?? (def.pattern = ulid);
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
//   def.pattern ?? (def.pattern = xid);
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
//   def.pattern ?? (def.pattern = ksuid);
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
//   def.pattern ?? (def.pattern = datetime(def));
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
//   def.pattern ?? (def.pattern = date);
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
//   def.pattern ?? (def.pattern = time(def));
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
//   def.pattern ?? (def.pattern = duration);
//   $ZodStringFormat.init(inst, def);
// });
// var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
//   def.pattern ?? (def.pattern = ipv4);
//   $ZodStringFormat.init(inst, def);
// });
// var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
// function isValidIPv6(value) {
//   if (!ipv6Alphabet.test(value))
//     return false;
//   return canParseURL(`http://[${value}]`);
// }
// var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
//   def.pattern ?? (def.pattern = ipv6);
//   $ZodStringFormat.init(inst, def);
//   inst._zod.check = (payload) => {
//     if (!isValidIPv6(payload.value)) {
//       payload.issues.push({
//         code: "invalid_format",
//         format: "ipv6",
//         input: payload.value,
//         inst,
//         continue: !def.abort
//       });
//     }
//   };
// });
// var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
//   def.pattern ?? (def.pattern = cidrv4);
//   $ZodStringFormat.init(inst, def);
// });
// function isValidCIDRv6(value) {
//   const parts = value.split("/");
//   if (parts.length !== 2)
//     return false;
//   const [address, prefix] = parts;
//   if (!prefix)
//     return false;
//   const prefixNum = Number(prefix);
//   if (`${prefixNum}` !== prefix)
//     return false;
//   if (prefixNum < 0 || prefixNum > 128)
//     return false;
//   return isValidIPv6(address);
// }
// var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
//   def.pattern ?? (def.pattern = cidrv6);
//   $ZodStringFormat.init(inst, def);
//   inst._zod.check = (payload) => {
//     if (!isValidCIDRv6(payload.value)) {
//       payload.issues.push({
//         code: "invalid_format",
//         format: "cidrv6",
//         input: payload.value,
//         inst,
//         continue: !def.abort
//       });
//     }
//   };
// });
// function isValidBase64(data) {
//   if (data === "")
//     return true;
//   if (/\s/.test(data))
//     return false;
//   if (data.length % 4 !== 0)
//     return false;
//   try {
//     atob(data);
//     return true;
//   } catch {
//     return false;
//   }
// }
// var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
// var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
//   def.pattern ?? (def.pattern = base64Charset);
//   $ZodStringFormat.init(inst, def);
//   inst._zod.check = (payload) => {
//     if (isValidBase64(payload.value))
//       return;
//     payload.issues.push({
//       code: "invalid_format",
//       format: "base64",
//       input: payload.value,
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var base64urlCharset = /^[A-Za-z0-9_-]*$/;
// function isValidBase64URL(data) {
//   if (!base64urlCharset.test(data))
//     return false;
//   const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
//   const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
//   return isValidBase64(padded);
// }
// var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
//   def.pattern ?? (def.pattern = base64urlCharset);
//   $ZodStringFormat.init(inst, def);
//   inst._zod.check = (payload) => {
//     if (isValidBase64URL(payload.value))
//       return;
//     payload.issues.push({
//       code: "invalid_format",
//       format: "base64url",
//       input: payload.value,
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
//   def.pattern ?? (def.pattern = e164);
//   $ZodStringFormat.init(inst, def);
// });
// function isValidJWT(token, algorithm = null) {
//   try {
//     const tokensParts = token.split(".");
//     if (tokensParts.length !== 3)
//       return false;
//     const [header] = tokensParts;
//     if (!header)
//       return false;
//     const parsedHeader = JSON.parse(atob(header));
//     if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
//       return false;
//     if (!parsedHeader.alg)
//       return false;
//     if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
//       return false;
//     return true;
//   } catch {
//     return false;
//   }
// }
// var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
//   $ZodStringFormat.init(inst, def);
//   inst._zod.check = (payload) => {
//     if (isValidJWT(payload.value, def.alg))
//       return;
//     payload.issues.push({
//       code: "invalid_format",
//       format: "jwt",
//       input: payload.value,
//       inst,
//       continue: !def.abort
//     });
//   };
// });
// var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
//   $ZodType.init(inst, def);
//   inst._zod.pattern = number;
//   inst._zod.parse = (payload, _ctx) => {
//     if (def.coerce)
//       try {
//         payload.value = Number(payload.value);
//       } catch (_) {
//       }
//     const input2 = payload.value;
//     if (typeof input2 === "number" && !Number.isNaN(input2) && Number.isFinite(input2)) {
//       return payload;
//     }
//     const received = typeof input2 === "number" ? Number.isNaN(input2) ? "NaN" : !Number.isFinite(input2) ? String(input2) : void 0 : void 0;
//     payload.issues.push({
//       expected: "number",
//       code: "invalid_type",
//       input: input2,
//       inst,
//       ...received ? { received } : {}
//     });
//     return payload;
//   };
// });
// var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
//   $ZodCheckNumberFormat.init(inst, def);
//   $ZodNumber.init(inst, def);
// });
// var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
//   $ZodType.init(inst, def);
//   inst._zod.pattern = boolean;
//   inst._zod.parse = (payload, _ctx) => {
//     if (def.coerce)
//       try {
//         payload.value = Boolean(payload.value);
//       } catch (_) {
//       }
//     const input2 = payload.value;
//     if (typeof input2 === "boolean")
//       return payload;
//     payload.issues.push({
//       expected: "boolean",
//       code: "invalid_type",
//       input: input2,
//       inst
//     });
//     return payload;
//   };
// });
// var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
//   $ZodType.init(inst, def);
//   inst._zod.parse = (payload) => payload;
// });
// var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
//   $ZodType.init(inst, def);
//   inst._zod.parse = (payload, _ctx) => {
//     payload.issues.push({
//       expected: "never",
//       code: "invalid_type",
//       input: payload.value,
//       inst
//     });
//     return payload;
//   };
// });
// var $ZodDate = /* @__PURE__ */ $constructor("$ZodDate", (inst, def) => {
//   $ZodType.init(inst, def);
//   inst._zod.parse = (payload, _ctx) => {
//     if (def.coerce) {
//       try {
//         payload.value = new Date(payload.value);
//       } catch (_err) {
//       }
//     }
//     const input2 = payload.value;
//     const isDate = input2 instanceof Date;
//     const isValidDate = isDate && !Number.isNaN(input2.getTime());
//     if (isValidDate)
//       return payload;
//     payload.issues.push({
//       expected: "date",
//       code: "invalid_type",
//       input: input2,
//       ...isDate ? { received: "Invalid Date" } : {},
//       inst
//     });
//     return payload;
//   };
// });
// function capSize(inst, size) {
//   const caps = sizeCaps(inst._zod.def.checks);
//   if (!caps.length)
//     return;
//   const cap = Math.min(...caps.map((c) => c[0]));
//   const parse2 = inst._zod.parse;
//   inst._zod.parse = (payload, ctx) => {
//     const n = size(payload.value);
//     if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
//       for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
//         if (n > max && ch._zod.def.when(payload)) {
//           const start = payload.issues.length;
//           ch._zod.check(payload);
//           payload.issues[start].continue = false;
//           attachSchema(payload.issues, start, inst);
//           return payload;
//         }
//       }
//     }
//     return parse2(payload, ctx);
//   };
// }
// var arraySize = (input2) => Array.isArray(input2) ? input2.length : -1;
// function handleArrayResult(result, final, index) {
//   if (result.issues.length) {
//     final.issues.push(...prefixIssues(index, result.issues));
//   }
//   final.value[index] = result.value;
// }
// var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
//   $ZodType.init(inst, def);
//   const memo2 = globalConfig.memoizer;
//   memo2?.attach(inst);
//   inst._zod.parse = (payload, ctx) => {
//     const input2 = payload.value;
//     if (!Array.isArray(input2)) {
//       payload.issues.push({
//         expected: "array",
//         code: "invalid_type",
//         input: input2,
//         inst
//       });
//       return payload;
//     }
//     payload.value = memo2 ? memo2.alloc(inst, payload, Array(input2.length), ctx) : Array(input2.length);
//     const proms = [];
//     const abortEarly = ctx?.abortEarly;
//     for (let i = 0; i < input2.length; i++) {
//       const item = input2[i];
//       const result = def.element._zod.run({
//         value: item,
//         issues: []
//       }, ctx);
//       if (result instanceof Promise) {
//         proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
//       } else {
//         handleArrayResult(result, payload, i);
//         if (abortEarly && result.issues.length !== 0 && aborted(result))
//           break;
//       }
//     }
//     if (proms.length) {
//       return Promise.all(proms).then(() => payload);
//     }
//     return payload;
//   };
//   capSize(inst, arraySize);
// });
// function handlePropertyResult(result, final, key, input2, optin, optout) {
//   const isPresent = key in input2;
//   const isOptionalOut = optout === "optional";
//   if (!isPresent && isOptionalOut && optin === "optional") {
//     return;
//   }
//   if (result.issues.length) {
//     if (optin !== void 0 && isOptionalOut && !isPresent) {
//       return;
//     }
//     final.issues.push(...prefixIssues(key, result.issues));
//   }
//   if (!isPresent && optin === void 0) {
//     if (!result.issues.length) {
//       final.issues.push({
//         code: "invalid_type",
//         expected: "nonoptional",
//         input: void 0,
//         path: [key]
//       });
//     }
//     return;
//   }
//   if (result.value === void 0) {
//     if (isPresent || optin === "defaulted" && !isOptionalOut) {
//       final.value[key] = void 0;
//     }
//   } else {
//     final.value[key] = result.value;
//   }
// }
// var NO_SYMBOL_KEYS = [];
// function normalizeDef(def) {
//   const keys = Object.keys(def.shape);
//   const ownSymbols = Object.getOwnPropertySymbols(def.shape);
//   const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
//   const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
//   for (const k of allKeys) {
//     if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
//       throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
//     }
//   }
//   const okeys = optionalKeys(def.shape);
//   return {
//     ...def,
//     allKeys,
//     symbolKeys,
//     // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
//     keySet: new Set(keys),
//     numKeys: keys.length,
//     optionalKeys: new Set(okeys)
//   };
// }
// function handleCatchall(proms, input2, payload, ctx, def, inst, abortEarly) {
//   const unrecognized = [];
//   const keySet = def.keySet;
//   const _catchall = def.catchall._zod;
//   const t = _catchall.def.type;
//   const optin = _catchall.optin;
//   const optout = _catchall.optout;
//   let seen = 0;
//   for (const key in input2) {
//     if (abortEarly && payload.issues.length !== seen) {
//       if (aborted(payload, seen))
//         break;
//       seen = payload.issues.length;
//     }
//     if (keySet.has(key))
//       continue;
//     if (key === "__proto__") {
//       if (t === "never")
//         unrecognized.push(key);
//       continue;
//     }
//     if (t === "never") {
//       unrecognized.push(key);
//       continue;
//     }
//     const r = _catchall.run({ value: input2[key], issues: [] }, ctx);
//     if (r instanceof Promise) {
//       proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input2, optin, optout)));
//     } else {
//       handlePropertyResult(r, payload, key, input2, optin, optout);
//     }
//   }
//   if (unrecognized.length) {
//     payload.issues.push({
//       code: "unrecognized_keys",
//       keys: unrecognized,
//       input: input2,
//       inst,
//       // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
//       continue: true
//     });
//   }
//   if (!proms.length)
//     return payload;
//   return Promise.all(proms).then(() => {
//     return payload;
//   });
// }
// var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
//   $ZodType.init(inst, def);
//   const desc = Object.getOwnPropertyDescriptor(def, "shape");
//   const sh = desc?.get ? desc.get.raw : def.shape ?? {};
//   if (sh) {
//     const get = () => {
//       const newSh = { ...sh };
//       Object.defineProperty(def, "shape", { value: newSh });
//       get.raw = newSh;
//       return newSh;
//     };
//     get.raw = sh;
//     Object.defineProperty(def, "shape", { get });
//   }
//   const _normalized = cached(() => normalizeDef(def));
//   defineLazyInternal(inst, "propValues", (zod) => {
//     const shape = zod.def.shape;
//     const propValues = {};
//     for (const key in shape) {
//       const field = shape[key]._zod;
//       if (field.values) {
//         if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
//           assignProp(propValues, key, /* @__PURE__ */ new Set());
//         }
//         for (const v of field.values)
//           propValues[key].add(v);
//         if (field.optin !== void 0)
//           propValues[key].add(void 0);
//       }
//     }
//     return propValues;
//   });
//   const isObject2 = isObject;
//   const catchall = def.catchall;
//   let value;
//   const memo2 = globalConfig.memoizer;
//   memo2?.attach(inst);
//   inst._zod.parse = (payload, ctx) => {
//     value ?? (value = _normalized.value);
//     const input2 = payload.value;
//     if (!isObject2(input2)) {
//       payload.issues.push({
//         expected: "object",
//         code: "invalid_type",
//         input: input2,
//         inst
//       });
//       return payload;
//     }
//     payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
//     const proms = [];
//     const shape = value.shape;
//     const abortEarly = ctx?.abortEarly;
//     let seen = payload.issues.length;
//     for (const key of value.allKeys) {
//       if (abortEarly && payload.issues.length !== seen) {
//         if (aborted(payload, seen))
//           break;
//         seen = payload.issues.length;
//       }
//       if (key === "__proto__")
//         continue;
//       const el = shape[key];
//       const optin = el._zod.optin;
//       const optout = el._zod.optout;
//       const r = el._zod.run({ value: input2[key], issues: [] }, ctx);
//       if (r instanceof Promise) {
//         proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input2, optin, optout)));
//       } else {
//         handlePropertyResult(r, payload, key, input2, optin, optout);
//       }
//     }
//     if (!catchall) {
//       return proms.length ? Promise.all(proms).then(() => payload) : payload;
//     }
//     return handleCatchall(proms, input2, payload, ctx, _normalized.value, inst, abortEarly === true);
//   };
// });
// var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
//   $ZodObject.init(inst, def);
//   const superParse = inst._zod.parse;
//   const _normalized = cached(() => normalizeDef(def));
//   const memo2 = globalConfig.memoizer;
//   const generateFastpass = (shape) => {
//     const normalized = _normalized.value;
//     const syms = normalized.symbolKeys;
//     const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
//     const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
//     const prefixStr = (id, k) => `
//           let ${id}_ab = false;
//           for (let i = 0; i < ${id}.issues.length; i++) {
//             const iss = ${id}.issues[i];
//             iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
//             payload.issues.push(iss);
//             if (iss.continue !== true) ${id}_ab = true;
//           }
//           if (${id}_ab && ctx && ctx.abortEarly) {
//             payload.value = newResult;
//             return payload;
//           }`;
//     doc.write(`const input = payload.value;`);
//     const ids = /* @__PURE__ */ Object.create(null);
//     let counter = 0;
//     for (const key of normalized.allKeys) {
//       ids[key] = `key_${counter++}`;
//     }
//     doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
//     for (const key of normalized.allKeys) {
//       if (key === "__proto__")
//         continue;
//       const id = ids[key];
//       const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
//       const isPresent = `${k} in input`;
//       const schema = shape[key];
//       const optin = schema?._zod?.optin;
//       const isOptionalIn = optin !== void 0;
//       const isOptionalOut = schema?._zod?.optout === "optional";
//       doc.write(`const ${id} = ${parseStr(k)};`);
//       if (isOptionalIn && isOptionalOut) {
//         const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
//         doc.write(`
//         const ${id}_present = ${isPresent};
//         if (!${id}.issues.length || ${id}_present) {
//           if (${id}.issues.length) {${prefixStr(id, k)}
//           }
// 
//           if (${assign}) {
//             newResult[${k}] = ${id}.value;
//           }
//         }
// 
//       `);
//       } else if (!isOptionalIn) {
//         doc.write(`
//         const ${id}_present = ${isPresent};
//         if (${id}.issues.length) {${prefixStr(id, k)}
//         }
//         if (!${id}_present && !${id}.issues.length) {
//           payload.issues.push({
//             code: "invalid_type",
//             expected: "nonoptional",
//             input: undefined,
//             path: [${k}]
//           });
//           if (ctx && ctx.abortEarly) {
//             payload.value = newResult;
//             return payload;
//           }
//         }
// 
//         if (${id}_present) {
//           newResult[${k}] = ${id}.value;
//         }
// 
//       `);
//       } else {
//         doc.write(`
//         if (${id}.issues.length) {${prefixStr(id, k)}
//         }
//       `);
//         if (optin === "defaulted") {
//           doc.write(`newResult[${k}] = ${id}.value;`);
//         } else {
//           doc.write(`
//         if (${id}.value !== undefined || ${isPresent}) {
//           newResult[${k}] = ${id}.value;
//         }
//       `);
//         }
//       }
//     }
//     doc.write(`payload.value = newResult;`);
//     doc.write(`return payload;`);
//     return doc.compile();
//   };
//   let fastpass;
//   const isObject2 = isObject;
//   const jit = !globalConfig.jitless;
//   const allowsEval2 = allowsEval;
//   const fastEnabled = jit && allowsEval2.value;
//   const catchall = def.catchall;
//   let value;
//   inst._zod.parse = (payload, ctx) => {
//     value ?? (value = _normalized.value);
//     const input2 = payload.value;
//     if (!isObject2(input2)) {
//       payload.issues.push({
//         expected: "object",
//         code: "invalid_type",
//         input: input2,
//         inst
//       });
//       return payload;
//     }
//     if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
//       if (!fastpass)
//         fastpass = generateFastpass(def.shape);
//       payload = fastpass(payload, ctx);
//       if (!catchall)
//         return payload;
//       return handleCatchall([], input2, payload, ctx, value, inst, ctx?.abortEarly === true);
//     }
//     return superParse(payload, ctx);
//   };
// });
// function handleUnionResults(results, final, inst, ctx) {
//   for (const result of results) {
//     if (result.issues.length === 0) {
//       final.value = result.value;
//       return final;
//     }
//   }
//   const nonaborted = results.filter((r) => !aborted(r));
//   if (nonaborted.length === 1) {
//     final.value = nonaborted[0].value;
//     return nonaborted[0];
//   }
//   final.issues.push({
//     code: "invalid_union",
//     input: final.value,
//     inst,
//     errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
//   });
//   return final;
// }
// var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
//   $ZodType.init(inst, def);
//   defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
//   defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
//   defineLazyInternal(inst, "values", (zod) => {
//     if (zod.def.options.every((o) => o._zod.values)) {
//       return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
//     }
//     return void 0;
//   });
//   defineLazyInternal(inst, "pattern", (zod) => {
//     if (zod.def.options.every((o) => o._zod.pattern)) {
//       const patterns = zod.def.options.map((o) => o._zod.pattern);
//       return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
//     }
//     return void 0;
//   });
//   const first = def.options.length === 1 ? def.options[0]._zod.run : null;
//   inst._zod.parse = (payload, ctx) => {
//     if (first) {
//       return first(payload, ctx);
//     }
//     let async = false;
//     const results = [];
//     for (const option of def.options) {
//       const result = option._zod.run({
//         value: payload.value,
//         issues: []
//       }, ctx);
//       if (result instanceof Promise) {
//         results.push(result);
//         async = true;
//       } else {
//         if (result.issues.length === 0)
//           return result;
//         results.push(result);
//       }
//     }
//     if (!async)
//       return handleUnionResults(results, payload, inst, ctx);
//     return Promise.all(results).then((results2) => {
//       return handleUnionResults(results2, payload, inst, ctx);
//     });
//   };
// });
// var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
//   $ZodType.init(inst, def);
//   inst._zod.parse = (payload, ctx) => {
//     const input2 = payload.value;
//     const left = def.left._zod.run({ value: input2, issues: [] }, ctx);
//     const right = def.right._zod.run({ value: input2, issues: [] }, ctx);
//     const async = left instanceof Promise || right instanceof Promise;
//     if (async) {
//       return Promise.all([left, right]).then(([left2, right2]) => {
//         return handleIntersectionResults(payload, left2, right2);
//       });
//     }
//     return handleIntersectionResults(payload, left, right);
//   };
// });
// function mergeValues(a, b) {
//   if (a === b) {
//     return { valid: true, data: a };
//   }
//   if (a instanceof Date && b instanceof Date && +a === +b) {
//     return { valid: true, data: a };
//   }
//   if (isPlainObject(a) && isPlainObject(b)) {
//     const bKeys = Object.keys(b);
//     const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
//     const newObj = { ...a, ...b };
//     if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
//       delete newObj.__proto__;
//     for (const key of sharedKeys) {
//       if (key === "__proto__")
//         continue;
//       const sharedValue = mergeValues(a[key], b[key]);
//       if (!sharedValue.valid) {
//         return {
//           valid: false,
//           mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
//         };
//       }
//       newObj[key] = sharedValue.data;
//     }
//     return { valid: true, data: newObj };
//   }
//   if (Array.isArray(a) && Array.isArray(b)) {
//     if (a.length !== b.length) {
//       return { valid: false, mergeErrorPath: [] };
//     }
//     const newArray = [];
//     for (let index = 0; index < a.length; index++) {
//       const itemA = a[index];
//       const itemB = b[index];
//       const sharedValue = mergeValues(itemA, itemB);
//       if (!sharedValue.valid) {
//         return {
//           valid: false,
//           mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
//         };
//       }
//       newArray.push(sharedValue.data);
//     }
//     return { valid: true, data: newArray };
//   }
//   return { valid: false, mergeErrorPath: [] };
// }
// function handleIntersectionResults(result, left, right) {
//   const unrecKeys = /* @__PURE__ */ new Map();
//   let unrecIssue;
//   const keyIssues = /* @__PURE__ */ new Map();
//   const collect = (iss, side) => {
//     let keys;
//     if (iss.code === "unrecognized_keys" && !iss.path?.length) {
//       unrecIssue ?? (unrecIssue = iss);
//       keys = iss.keys;
//     } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
//       const k = String(iss.path[0]);
//       if (!keyIssues.has(k))
//         keyIssues.set(k, iss);
//       keys = [k];
//     } else {
//       return false;
//     }
//     for (const k of keys) {
//       if (!unrecKeys.has(k))
//         unrecKeys.set(k, {});
//       unrecKeys.get(k)[side] = true;
//     }
//     return true;
//   };
//   for (const iss of left.issues) {
//     if (!collect(iss, "l"))
//       result.issues.push(iss);
//   }
//   for (const iss of right.issues) {
//     if (!collect(iss, "r"))
//       result.issues.push(iss);
//   }
//   const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
//   if (bothKeys.length) {
//     const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
//     if (aggregated.length)
//       result.issues.push({ ...unrecIssue, keys: aggregated });
//     for (const k of bothKeys) {
//       if (!aggregated.includes(k) && keyIssues.has(k))
//         result.issues.push(keyIssues.get(k));
//     }
//   }
//   const merged = mergeValues(left.value, right.value);
//   if (!merged.valid) {
//     if (aborted(result))
//       return result;
//     throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
//   }
//   result.value = merged.data;
//   return result;
// }
// var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
//   $ZodType.init(inst, def);
//   const memo2 = globalConfig.memoizer;
//   memo2?.attach(inst);
//   inst._zod.parse = (payload, ctx) => {
//     const input2 = payload.value;
//     if (!isPlainObject(input2)) {
//       payload.issues.push({
//         expected: "record",
//         code: "invalid_type",
//         input: input2,
//         inst
//       });
//       return payload;
//     }
//     const proms = [];
//     const values = def.keyType._zod.values;
//     if (values && !def.partial) {
//       payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
//       const recordKeys = /* @__PURE__ */ new Set();
//       for (const key of values) {
//         if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
//           recordKeys.add(typeof key === "number" ? key.toString() : key);
//           if (key === "__proto__")
//             continue;
//           const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
//           if (keyResult instanceof Promise) {
//             throw new Error("Async schemas not supported in object keys currently");
//           }
//           if (keyResult.issues.length) {
//             payload.issues.push({
//               code: "invalid_key",
//               origin: "record",
//               issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
//               input: key,
//               path: [key],
//               inst
//             });
//             continue;
//           }
//           const outKey = keyResult.value;
//           if (outKey === "__proto__")
//             continue;
//           const result = def.valueType._zod.run({ value: input2[key], issues: [] }, ctx);
//           if (result instanceof Promise) {
//             proms.push(result.then((result2) => {
//               if (result2.issues.length) {
//                 payload.issues.push(...prefixIssues(key, result2.issues));
//               }
//               payload.value[outKey] = result2.value;
//             }));
//           } else {
//             if (result.issues.length) {
//               payload.issues.push(...prefixIssues(key, result.issues));
//             }
//             payload.value[outKey] = result.value;
//           }
//         }
//       }
//       let unrecognized;
//       for (const key in input2) {
//         if (!recordKeys.has(key)) {
//           if (def.mode === "loose") {
//             if (key === "__proto__")
//               continue;
//             payload.value[key] = input2[key];
//           } else {
//             unrecognized = unrecognized ?? [];
//             unrecognized.push(key);
//           }
//         }
//       }
//       if (unrecognized && unrecognized.length > 0) {
//         payload.issues.push({
//           code: "unrecognized_keys",
//           input: input2,
//           inst,
//           keys: unrecognized,
//           continue: true
//         });
//       }
//     } else {
//       payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
//       let unrecognized;
//       for (const key of Reflect.ownKeys(input2)) {
//         if (key === "__proto__")
//           continue;
//         if (!Object.prototype.propertyIsEnumerable.call(input2, key))
//           continue;
//         let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
//         if (keyResult instanceof Promise) {
//           throw new Error("Async schemas not supported in object keys currently");
//         }
//         const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
//         if (checkNumericKey) {
//           const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
//           if (retryResult instanceof Promise) {
//             throw new Error("Async schemas not supported in object keys currently");
//           }
//           if (retryResult.issues.length === 0) {
//             keyResult = retryResult;
//           }
//         }
//         if (keyResult.issues.length) {
//           if (def.mode === "loose") {
//             payload.value[key] = input2[key];
//           } else if (values) {
//             unrecognized = unrecognized ?? [];
//             unrecognized.push(key);
//           } else {
//             payload.issues.push({
//               code: "invalid_key",
//               origin: "record",
//               issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
//               input: key,
//               path: [key],
//               inst
//             });
//           }
//           continue;
//         }
//         const outKey = keyResult.value;
//         if (outKey === "__proto__")
//           continue;
//         const result = def.valueType._zod.run({ value: input2[key], issues: [] }, ctx);
//         if (result instanceof Promise) {
//           proms.push(result.then((result2) => {
//             if (result2.issues.length) {
//               payload.issues.push(...prefixIssues(key, result2.issues));
//             }
//             payload.value[outKey] = result2.value;
//           }));
//         } else {
//           if (result.issues.length) {
//             payload.issues.push(...prefixIssues(key, result.issues));
//           }
//           payload.value[outKey] = result.value;
//         }
//       }
//       if (unrecognized && unrecognized.length > 0) {
//         payload.issues.push({
//           code: "unrecognized_keys",
//           input: input2,
//           inst,
//           keys: unrecognized,
//           continue: true
//         });
//       }
//     }
//     if (proms.length) {
//       return Promise.all(proms).then(() => payload);
//     }
//     return payload;
//   };
// });
// var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
//   $ZodType.init(inst, def);
//   const values = getEnumValues(def.entries);
//   const valuesSet = new Set(values);
//   inst._zod.values = valuesSet;
//   defineLazyInternal(inst, "pattern", (zod) => {
//     const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
//     return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
//   });
//   inst._zod.parse = (payload, _ctx) => {
//     const input2 = payload.value;
//     if (valuesSet.has(input2)) {
//       return payload;
//     }
//     payload.issues.push({
//       code: "invalid_value",
//       values,
//       input: input2,
//       inst
//     });
//     return payload;
//   };
// });
// var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
//   $ZodType.init(inst, def);
//   const values = new Set(def.values);
//   inst._zod.values = values;
//   defineLazyInternal(inst, "pattern", (zod) => {
//     const vals = zod.def.values;
//     return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
//   });
//   inst._zod.parse = (payload, _ctx) => {
//     const input2 = payload.value;
//     if (values.has(input2)) {
//       return payload;
//     }
//     payload.issues.push({
//       code: "invalid_value",
//       values: def.values,
//       input: input2,
//       inst
//     });
//     return payload;
//   };
// });
// var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
//   $ZodType.init(inst, def);
//   inst._zod.optin = "optional";
//   globalConfig.memoizer?.guard(inst);
//   inst._zod.parse = (payload, ctx) => {
//     if (ctx.direction === "backward") {
//       throw new $ZodEncodeError(inst.constructor.name);
//     }
//     const _out = def.transform(payload.value, payload);
//     if (ctx.async) {
//       const output2 = _out instanceof Promise ? _out : Promise.resolve(_out);
//       return output2.then((output3) => {
//         payload.value = output3;
//         return payload;
//       });
//     }
//     if (_out instanceof Promise) {
//       throw new $ZodAsyncError();
//     }
//     payload.value = _out;
//     return payload;
//   };
// });
// function handleOptionalResult(payload, result) {
//   payload.value = result.issues.length ? void 0 : result.value;
//   return payload;
// }
// var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
//   $ZodType.init(inst, def);
//   defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
//   inst._zod.optout = "optional";
//   defineLazyInternal(inst, "values", (zod) => {
//     const values = zod.def.innerType._zod.values;
//     return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
//   });
//   defineLazyInternal(inst, "pattern", (zod) => {
//     const pattern = zod.def.innerType._zod.pattern;
//     return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
//   });
//   inst._zod.parse = (payload, ctx) => {
//     if (payload.value === void 0) {
//       if (def.innerType._zod.optin !== "defaulted")
//         return payload;
//       const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
//       if (result instanceof Promise)
//         return result.then((result2) => handleOptionalResult(payload, result2));
//       return handleOptionalResult(payload, result);
//     }
//     return def.innerType._zod.run(payload, ctx);
//   };
// });
// var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
//   $ZodOptional.init(inst, def);
//   defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
//   defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
//   inst._zod.parse = (payload, ctx) => {
//     return def.innerType._zod.run(payload, ctx);
//   };
// });
// var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
//   $ZodType.init(inst, def);
//   defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
//   defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
//   defineLazyInternal(inst, "pattern", (zod) => {
//     const pattern = zod.def.innerType._zod.pattern;
//     return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
//   });
//   defineLazyInternal(inst, "values", (zod) => {
//     return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
//   });
//   inst._zod.parse = (payload, ctx) => {
//     if (payload.value === null)
//       return payload;
//     return def.innerType._zod.run(payload, ctx);
//   };
// });
// var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
//   $ZodType.init(inst, def);
//   inst._zod.optin = "defaulted";
//   defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
//   inst._zod.parse = (payload, ctx) => {
//     if (ctx.direction === "backward") {
//       return def.innerType._zod.run(payload, ctx);
//     }
//     if (payload.value === void 0) {
//       payload.value = def.defaultValue;
//       return payload;
//     }
//     const result = def.innerType._zod.run(payload, ctx);
//     if (result instanceof Promise) {
//       return result.then((result2) => handleDefaultResult(result2, def));
//     }
//     return handleDefaultResult(result, def);
//   };
// });
// function handleDefaultResult(payload, def) {
//   if (payload.value === void 0) {
//     payload.value = def.defaultValue;
//   }
//   return payload;
// }
// var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
//   $ZodType.init(inst, def);
//   inst._zod.optin = "defaulted";
//   defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
//   inst._zod.parse = (payload, ctx) => {
//     if (ctx.direction === "backward") {
//       return def.innerType._zod.run(payload, ctx);
//     }
//     if (payload.value === void 0) {
//       payload.value = def.defaultValue;
//     }
//     return def.innerType._zod.run(payload, ctx);
//   };
// });
// var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
//   $ZodType.init(inst, def);
//   defineLazyInternal(inst, "values", (zod) => {
//     const v = zod.def.innerType._zod.values;
//     return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
//   });
//   inst._zod.parse = (payload, ctx) => {
//     const result = def.innerType._zod.run(payload, ctx);
//     if (result instanceof Promise) {
//       return result.then((result2) => handleNonOptionalResult(result2, inst));
//     }
//     return handleNonOptionalResult(result, inst);
//   };
// });
// function handleNonOptionalResult(payload, inst) {
//   if (!payload.issues.length && payload.value === void 0) {
//     payload.issues.push({
//       code: "invalid_type",
//       expected: "nonoptional",
//       input: payload.value,
//       inst
//     });
//   }
//   return payload;
// }
// function handleCatchResult(payload, result, def, ctx) {
//   if (!result.issues.length) {
//     payload.value = result.value;
//     if (result.memo)
//       payload.memo = true;
//     return payload;
//   }
//   payload.value = def.catchValue({
//     ...result,
//     value: payload.value,
//     error: {
//       issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
//     },
//     input: payload.value
//   });
//   return payload;
// }
// var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
//   $ZodType.init(inst, def);
//   defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
//   defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
//   defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
//   inst._zod.parse = (payload, ctx) => {
//     if (ctx.direction === "backward") {
//       return def.innerType._zod.run(payload, ctx);
//     }
//     const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
//     if (result instanceof Promise) {
//       return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
//     }
//     return handleCatchResult(payload, result, def, ctx);
//   };
// });
// var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
//   $ZodType.init(inst, def);
//   defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
//   defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
//   defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
//   defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
//   inst._zod.parse = (payload, ctx) => {
//     if (ctx.direction === "backward") {
//       const right = def.out._zod.run(payload, ctx);
//       if (right instanceof Promise) {
//         return right.then((right2) => handlePipeResult(right2, def.in, ctx));
//       }
//       return handlePipeResult(right, def.in, ctx);
//     }
//     const left = def.in._zod.run(payload, ctx);
//     if (left instanceof Promise) {
//       return left.then((left2) => handlePipeResult(left2, def.out, ctx));
//     }
//     return handlePipeResult(left, def.out, ctx);
//   };
// });
// function handlePipeResult(left, next, ctx) {
//   if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
//     left.aborted = true;
//     return left;
//   }
//   return next._zod.run({ value: left.value, issues: left.issues }, ctx);
// }
// var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
//   $ZodType.init(inst, def);
//   defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
//   defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
//   defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
//   defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
//   inst._zod.parse = (payload, ctx) => {
//     if (ctx.direction === "backward") {
//       return def.innerType._zod.run(payload, ctx);
//     }
//     const result = def.innerType._zod.run(payload, ctx);
//     if (result instanceof Promise) {
//       return result.then(handleReadonlyResult);
//     }
//     return handleReadonlyResult(result);
//   };
// });
// function handleReadonlyResult(payload) {
//   if (!payload.memo)
//     payload.value = Object.freeze(payload.value);
//   return payload;
// }
// var $ZodLazy = /* @__PURE__ */ $constructor("$ZodLazy", (inst, def) => {
//   $ZodType.init(inst, def);
//   defineLazy(inst._zod, "innerType", () => {
//     const d = def;
//     if (!d._cachedInner)
//       d._cachedInner = def.getter();
//     return d._cachedInner;
//   });
//   defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
//   defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
//   defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? void 0);
//   defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? void 0);
//   inst._zod.parse = (payload, ctx) => {
//     const inner = inst._zod.innerType;
//     return inner._zod.run(payload, ctx);
//   };
// });
// var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
//   $ZodCheck.init(inst, def);
//   $ZodType.init(inst, def);
//   inst._zod.parse = (payload, _) => {
//     return payload;
//   };
//   inst._zod.check = (payload) => {
//     const input2 = payload.value;
//     const r = def.fn(input2);
//     if (r instanceof Promise) {
//       return r.then((r2) => handleRefineResult(r2, payload, input2, inst));
//     }
//     handleRefineResult(r, payload, input2, inst);
//     return;
//   };
// });
// function handleRefineResult(result, payload, input2, inst) {
//   if (!result) {
//     const _iss = {
//       code: "custom",
//       input: input2,
//       inst,
//       // incorporates params.error into issue reporting
//       path: [...inst._zod.def.path ?? []],
//       // incorporates params.error into issue reporting
//       continue: !inst._zod.def.abort
//       // params: inst._zod.def.params,
//     };
//     if (inst._zod.def.params)
//       _iss.params = inst._zod.def.params;
//     payload.issues.push(issue(_iss));
//   }
// }
// 
// // node_modules/zod/v4/core/memoizer.js
// var $ZodCyclicError = class extends Error {
//   constructor() {
//     super(`Cannot parse a reference cycle that closes through a transform`);
//     this.name = "ZodCyclicError";
//   }
// };
// var STATE = "~memo";
// var NO_ISSUES = [];
// function isRef(value) {
//   return value !== null && typeof value === "object";
// }
// function cloneIssues(issues) {
//   return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
// }
// var recursive = /* @__PURE__ */ new WeakMap();
// var NONE = 0;
// var ASSUMED = 1;
// var PROVEN = 2;
// function isRecursive(inst, stack, resolve) {
//   const cached2 = recursive.get(inst);
//   if (cached2 !== void 0)
//     return cached2 ? PROVEN : NONE;
//   if (stack.has(inst))
//     return PROVEN;
//   stack.add(inst);
//   let result = NONE;
//   const check = (child) => {
//     if (result !== PROVEN && child?._zod) {
//       const answer = isRecursive(child, stack, resolve);
//       if (answer > result)
//         result = answer;
//     }
//   };
//   const shape = (sh, spread) => {
//     let answer = NONE;
//     for (const key of Reflect.ownKeys(sh)) {
//       const desc = Object.getOwnPropertyDescriptor(sh, key);
//       if (spread && !desc.enumerable)
//         continue;
//       const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
//       if (child > answer)
//         answer = child;
//     }
//     return answer;
//   };
//   const merge2 = (answer) => {
//     if (answer > result)
//       result = answer;
//   };
//   const def = inst._zod.def;
//   const kind = def.type;
//   switch (kind) {
//     case "object": {
//       const raw = rawShape(def);
//       merge2(raw ? shape(raw, true) : ASSUMED);
//       check(def.catchall);
//       break;
//     }
//     case "array":
//       check(def.element);
//       break;
//     case "tuple":
//       for (const el of def.items)
//         check(el);
//       check(def.rest);
//       break;
//     case "record":
//     case "map":
//       check(def.keyType);
//       check(def.valueType);
//       break;
//     case "set":
//       check(def.valueType);
//       break;
//     case "union":
//       for (const el of def.options)
//         check(el);
//       break;
//     case "intersection":
//       check(def.left);
//       check(def.right);
//       break;
//     case "optional":
//     case "nullable":
//     case "default":
//     case "prefault":
//     case "catch":
//     case "readonly":
//     case "nonoptional":
//     case "promise":
//     case "success":
//       check(def.innerType);
//       break;
//     case "pipe":
//       check(def.in);
//       check(def.out);
//       break;
//     case "function":
//       check(def.input);
//       check(def.output);
//       break;
//     // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
//     case "lazy": {
//       const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
//       merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
//       break;
//     }
//     // a leaf by choice: `parts` are regex fragments, not data positions
//     case "template_literal":
//     // leaves
//     case "string":
//     case "number":
//     case "int":
//     case "boolean":
//     case "bigint":
//     case "symbol":
//     case "undefined":
//     case "null":
//     case "void":
//     case "never":
//     case "any":
//     case "unknown":
//     case "date":
//     case "nan":
//     case "enum":
//     case "literal":
//     case "file":
//     case "transform":
//     case "custom":
//       break;
//     default: {
//       kind;
//       for (const key in def) {
//         const desc = Object.getOwnPropertyDescriptor(def, key);
//         if (!desc || desc.get)
//           continue;
//         const value = desc.value;
//         if (!value || typeof value !== "object")
//           continue;
//         if (value._zod)
//           check(value);
//         else if (Array.isArray(value))
//           for (const el of value)
//             check(el);
//       }
//     }
//   }
//   stack.delete(inst);
//   return settle(inst, result);
// }
// function settle(inst, answer) {
//   if (answer !== ASSUMED)
//     recursive.set(inst, answer === PROVEN);
//   return answer;
// }
// function bucketFor(state, inst) {
//   let bucket = state.buckets.get(inst);
//   if (!bucket) {
//     bucket = /* @__PURE__ */ new WeakMap();
//     state.buckets.set(inst, bucket);
//   }
//   return bucket;
// }
// var handoff;
// var open = [];
// var memo = {
//   alloc(_inst, payload, empty) {
//     const bucket = handoff;
//     if (!bucket)
//       return empty;
//     handoff = void 0;
//     const entry = { value: empty, issues: null };
//     bucket.set(payload.value, entry);
//     open.push(entry);
//     return empty;
//   },
//   guard(inst) {
//     var _a3;
//     (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
//     inst._zod.deferred.push(() => {
//       const base = inst._zod.parse;
//       const wrapped = (payload, ctx) => {
//         if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
//           throw new $ZodCyclicError();
//         return base(payload, ctx);
//       };
//       inst._zod.parse = wrapped;
//       if (inst._zod.run === base)
//         inst._zod.run = wrapped;
//     });
//   },
//   attach(inst) {
//     var _a3;
//     let isRecursiveInst;
//     let rechecked = false;
//     let lastCtx;
//     let lastBucket;
//     (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
//     inst._zod.deferred.push(() => {
//       const base = inst._zod.parse;
//       const wrapped = (payload, ctx) => {
//         if (isRecursiveInst === void 0) {
//           const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
//           if (walked === NONE) {
//             inst._zod.parse = base;
//             if (inst._zod.run === wrapped)
//               inst._zod.run = base;
//             return base(payload, ctx);
//           }
//           if (walked === PROVEN || rechecked)
//             isRecursiveInst = true;
//           else
//             rechecked = true;
//         }
//         const input2 = payload.value;
//         if (!isRef(input2))
//           return base(payload, ctx);
//         let state = ctx[STATE];
//         if (!state) {
//           state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
//           ctx[STATE] = state;
//         }
//         let bucket;
//         if (lastCtx === ctx) {
//           bucket = lastBucket;
//         } else {
//           bucket = bucketFor(state, inst);
//           lastCtx = ctx;
//           lastBucket = bucket;
//         }
//         const hit = bucket.get(input2);
//         if (hit) {
//           payload.value = hit.value;
//           if (hit.issues) {
//             if (hit.issues.length)
//               payload.issues.push(...cloneIssues(hit.issues));
//           } else {
//             payload.memo = true;
//             state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
//             state.backEdges.add(hit.value);
//           }
//           return payload;
//         }
//         handoff = bucket;
//         const depth = open.length;
//         const result = base(payload, ctx);
//         handoff = void 0;
//         const entry = open.length > depth ? open.pop() : void 0;
//         if (result instanceof Promise) {
//           return result.then((r) => {
//             if (entry)
//               entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
//             return r;
//           });
//         }
//         if (entry)
//           entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
//         return result;
//       };
//       inst._zod.parse = wrapped;
//       if (inst._zod.run === base)
//         inst._zod.run = wrapped;
//     });
//   }
// };
// function memoizer() {
//   return memo;
// }
// function isBackEdge(ctx, value) {
//   const backEdges = ctx[STATE]?.backEdges;
//   return backEdges !== void 0 && isRef(value) && backEdges.has(value);
// }
// 
// // node_modules/zod/v4/locales/en.js
// var error = () => {
//   const Sizable = {
//     string: { unit: "characters", verb: "to have" },
//     file: { unit: "bytes", verb: "to have" },
//     array: { unit: "items", verb: "to have" },
//     set: { unit: "items", verb: "to have" },
//     map: { unit: "entries", verb: "to have" }
//   };
//   function getSizing(origin) {
//     return Sizable[origin] ?? null;
//   }
//   const FormatDictionary = {
//     regex: "input",
//     email: "email address",
//     url: "URL",
//     emoji: "emoji",
//     uuid: "UUID",
//     uuidv4: "UUIDv4",
//     uuidv6: "UUIDv6",
//     nanoid: "nanoid",
//     guid: "GUID",
//     cuid: "cuid",
//     cuid2: "cuid2",
//     ulid: "ULID",
//     xid: "XID",
//     ksuid: "KSUID",
//     datetime: "ISO datetime",
//     date: "ISO date",
//     time: "ISO time",
//     duration: "ISO duration",
//     ipv4: "IPv4 address",
//     ipv6: "IPv6 address",
//     mac: "MAC address",
//     cidrv4: "IPv4 range",
//     cidrv6: "IPv6 range",
//     base64: "base64-encoded string",
//     base64url: "base64url-encoded string",
//     json_string: "JSON string",
//     e164: "E.164 number",
//     currency_code: "currency code",
//     credit_card: "credit card number",
//     iban: "IBAN",
//     jwt: "JWT",
//     template_literal: "input"
//   };
//   const TypeDictionary = {
//     // Compatibility: "nan" -> "NaN" for display
//     nan: "NaN"
//     // All other type names omitted - they fall back to raw values via ?? operator
//   };
//   function getTypeName(type, input2) {
//     if (type === "number" && typeof input2 === "number" && !Number.isFinite(input2)) {
//       return String(input2);
//     }
//     return TypeDictionary[type] ?? type;
//   }
//   return (issue2) => {
//     switch (issue2.code) {
//       case "invalid_type": {
//         const expected = getTypeName(issue2.expected);
//         const receivedType = parsedType(issue2.input);
//         const received = getTypeName(receivedType, issue2.input);
//         return `Invalid input: expected ${expected}, received ${received}`;
//       }
//       case "invalid_value":
//         if (issue2.values.length === 1)
//           return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
//         return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
//       case "too_big": {
//         const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
//         const sizing = getSizing(issue2.origin);
//         if (sizing)
//           return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
//         return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
//       }
//       case "too_small": {
//         const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
//         const sizing = getSizing(issue2.origin);
//         if (sizing) {
//           return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
//         }
//         return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
//       }
//       case "invalid_format": {
//         const _issue = issue2;
//         if (_issue.format === "starts_with") {
//           return `Invalid string: must start with "${_issue.prefix}"`;
//         }
//         if (_issue.format === "ends_with")
//           return `Invalid string: must end with "${_issue.suffix}"`;
//         if (_issue.format === "includes")
//           return `Invalid string: must include "${_issue.includes}"`;
//         if (_issue.format === "regex")
//           return `Invalid string: must match pattern ${_issue.pattern}`;
//         return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
//       }
//       case "not_multiple_of":
//         return `Invalid number: must be a multiple of ${issue2.divisor}`;
//       case "unrecognized_keys":
//         return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
//       case "invalid_key":
//         return `Invalid key in ${issue2.origin}`;
//       case "invalid_union":
//         if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
//           const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
//           return `Invalid discriminator value. Expected ${opts}`;
//         }
//         if (issue2.inclusive === false) {
//           return "Invalid input: more than one option matched";
//         }
//         return "Invalid input";
//       case "invalid_element":
//         return `Invalid value in ${issue2.origin}`;
//       default:
//         return `Invalid input`;
//     }
//   };
// };
// function en_default() {
//   return {
//     localeError: error()
//   };
// }
// 
// // node_modules/zod/v4/core/registries.js
// var _a2;
// var $ZodRegistry = class {
//   constructor() {
//     this._map = /* @__PURE__ */ new WeakMap();
//     this._idmap = /* @__PURE__ */ new Map();
//   }
//   add(schema, ..._meta) {
//     const meta2 = _meta[0];
//     this._map.set(schema, meta2);
//     if (meta2 && typeof meta2 === "object" && "id" in meta2) {
//       this._idmap.set(meta2.id, schema);
//     }
//     return this;
//   }
//   clear() {
//     this._map = /* @__PURE__ */ new WeakMap();
//     this._idmap = /* @__PURE__ */ new Map();
//     return this;
//   }
//   remove(schema) {
//     const meta2 = this._map.get(schema);
//     if (meta2 && typeof meta2 === "object" && "id" in meta2) {
//       this._idmap.delete(meta2.id);
//     }
//     this._map.delete(schema);
//     return this;
//   }
//   get(schema) {
//     const p = schema._zod.parent;
//     if (p) {
//       const pm = { ...this.get(p) ?? {} };
//       delete pm.id;
//       const f = { ...pm, ...this._map.get(schema) };
//       return Object.keys(f).length ? f : void 0;
//     }
//     return this._map.get(schema);
//   }
//   has(schema) {
//     return this._map.has(schema);
//   }
// };
// function registry() {
//   return new $ZodRegistry();
// }
// (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
// var globalRegistry = globalThis.__zod_globalRegistry;
// 
// // node_modules/zod/v4/core/api.js
// function snapshotChecks(def) {
//   if (def.checks)
//     def.checks = [...def.checks];
//   return def;
// }
// // @__NO_SIDE_EFFECTS__
// function _string(Class2, params) {
//   return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
// }
// // @__NO_SIDE_EFFECTS__
// function _email(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "email",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _guid(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "guid",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _uuid(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "uuid",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _uuidv4(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "uuid",
//     check: "string_format",
//     abort: false,
//     version: "v4",
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _uuidv6(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "uuid",
//     check: "string_format",
//     abort: false,
//     version: "v6",
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _uuidv7(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "uuid",
//     check: "string_format",
//     abort: false,
//     version: "v7",
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _url(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "url",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _emoji2(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "emoji",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _nanoid(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "nanoid",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _cuid(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "cuid",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _cuid2(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "cuid2",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _ulid(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "ulid",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _xid(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "xid",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _ksuid(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "ksuid",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _ipv4(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "ipv4",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _ipv6(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "ipv6",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _cidrv4(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "cidrv4",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _cidrv6(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "cidrv6",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _base64(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "base64",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _base64url(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "base64url",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _e164(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "e164",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _jwt(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "jwt",
//     check: "string_format",
//     abort: false,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _isoDateTime(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "datetime",
//     check: "string_format",
//     offset: false,
//     local: false,
//     precision: null,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _isoDate(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "date",
//     check: "string_format",
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _isoTime(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "time",
//     check: "string_format",
//     precision: null,
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _isoDuration(Class2, params) {
//   return new Class2({
//     type: "string",
//     format: "duration",
//     check: "string_format",
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _number(Class2, params) {
//   return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
// }
// // @__NO_SIDE_EFFECTS__
// function _int(Class2, params) {
//   return new Class2({
//     type: "number",
//     check: "number_format",
//     abort: false,
//     format: "safeint",
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _boolean(Class2, params) {
//   return new Class2({
//     type: "boolean",
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _unknown(Class2) {
//   return new Class2({
//     type: "unknown"
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _never(Class2, params) {
//   return new Class2({
//     type: "never",
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _date(Class2, params) {
//   return new Class2({
//     type: "date",
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _lt(value, params) {
//   return new $ZodCheckLessThan({
//     check: "less_than",
//     ...normalizeParams(params),
//     value,
//     inclusive: false
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _lte(value, params) {
//   return new $ZodCheckLessThan({
//     check: "less_than",
//     ...normalizeParams(params),
//     value,
//     inclusive: true
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _gt(value, params) {
//   return new $ZodCheckGreaterThan({
//     check: "greater_than",
//     ...normalizeParams(params),
//     value,
//     inclusive: false
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _gte(value, params) {
//   return new $ZodCheckGreaterThan({
//     check: "greater_than",
//     ...normalizeParams(params),
//     value,
//     inclusive: true
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _multipleOf(value, params) {
//   return new $ZodCheckMultipleOf({
//     check: "multiple_of",
//     ...normalizeParams(params),
//     value
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _maxLength(maximum, params) {
//   const ch = new $ZodCheckMaxLength({
//     check: "max_length",
//     ...normalizeParams(params),
//     maximum
//   });
//   return ch;
// }
// // @__NO_SIDE_EFFECTS__
// function _minLength(minimum, params) {
//   return new $ZodCheckMinLength({
//     check: "min_length",
//     ...normalizeParams(params),
//     minimum
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _length(length, params) {
//   return new $ZodCheckLengthEquals({
//     check: "length_equals",
//     ...normalizeParams(params),
//     length
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _regex(pattern, params) {
//   return new $ZodCheckRegex({
//     check: "string_format",
//     format: "regex",
//     ...normalizeParams(params),
//     pattern
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _lowercase(params) {
//   return new $ZodCheckLowerCase({
//     check: "string_format",
//     format: "lowercase",
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _uppercase(params) {
//   return new $ZodCheckUpperCase({
//     check: "string_format",
//     format: "uppercase",
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _includes(includes, params) {
//   return new $ZodCheckIncludes({
//     check: "string_format",
//     format: "includes",
//     ...normalizeParams(params),
//     includes
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _startsWith(prefix, params) {
//   return new $ZodCheckStartsWith({
//     check: "string_format",
//     format: "starts_with",
//     ...normalizeParams(params),
//     prefix
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _endsWith(suffix, params) {
//   return new $ZodCheckEndsWith({
//     check: "string_format",
//     format: "ends_with",
//     ...normalizeParams(params),
//     suffix
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _overwrite(tx) {
//   return new $ZodCheckOverwrite({
//     check: "overwrite",
//     tx
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _normalize(form) {
//   return /* @__PURE__ */ _overwrite((input2) => input2.normalize(form));
// }
// // @__NO_SIDE_EFFECTS__
// function _trim() {
//   return /* @__PURE__ */ _overwrite((input2) => input2.trim());
// }
// // @__NO_SIDE_EFFECTS__
// function _toLowerCase() {
//   return /* @__PURE__ */ _overwrite((input2) => input2.toLowerCase());
// }
// // @__NO_SIDE_EFFECTS__
// function _toUpperCase() {
//   return /* @__PURE__ */ _overwrite((input2) => input2.toUpperCase());
// }
// // @__NO_SIDE_EFFECTS__
// function _slugify() {
//   return /* @__PURE__ */ _overwrite((input2) => slugify(input2));
// }
// // @__NO_SIDE_EFFECTS__
// function _array(Class2, element, params) {
//   return new Class2({
//     type: "array",
//     element,
//     // get element() {
//     //   return element;
//     // },
//     ...normalizeParams(params)
//   });
// }
// // @__NO_SIDE_EFFECTS__
// function _refine(Class2, fn, _params) {
//   const schema = new Class2({
//     type: "custom",
//     check: "custom",
//     fn,
//     ...normalizeParams(_params)
//   });
//   return schema;
// }
// // @__NO_SIDE_EFFECTS__
// function _superRefine(fn, params) {
//   const ch = /* @__PURE__ */ _check((payload) => {
//     payload.addIssue = (issue2) => {
//       if (typeof issue2 === "string") {
//         payload.issues.push(issue(issue2, payload.value, ch._zod.def));
//       } else {
//         const _issue = issue2;
//         if (_issue.fatal)
//           _issue.continue = false;
//         _issue.code ?? (_issue.code = "custom");
//         if (!("input" in _issue))
//           _issue.input = payload.value;
//         _issue.inst ?? (_issue.inst = ch);
//         _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
//         payload.issues.push(issue(_issue));
//       }
//     };
//     return fn(payload.value, payload);
//   }, params);
//   return ch;
// }
// // @__NO_SIDE_EFFECTS__
// function _check(fn, params) {
//   const ch = new $ZodCheck({
//     check: "custom",
//     ...normalizeParams(params)
//   });
//   ch._zod.check = fn;
//   return ch;
// }
// 
// // node_modules/zod/v4/core/to-json-schema.js
// function assignProps(target, ...sources) {
//   for (const source of sources) {
//     for (const key of Reflect.ownKeys(source)) {
//       if (Object.prototype.propertyIsEnumerable.call(source, key)) {
//         assignProp(target, key, source[key]);
//       }
//     }
//   }
//   return target;
// }
// function initializeContext(params) {
//   let target = params?.target ?? "draft-2020-12";
//   if (target === "draft-4")
//     target = "draft-04";
//   if (target === "draft-7")
//     target = "draft-07";
//   return {
//     processors: params.processors ?? {},
//     metadataRegistry: params?.metadata ?? globalRegistry,
//     target,
//     unrepresentable: params?.unrepresentable ?? "throw",
//     override: params?.override ?? (() => {
//     }),
//     io: params?.io ?? "output",
//     counter: 0,
//     seen: /* @__PURE__ */ new Map(),
//     sharedDefsExtractedFor: void 0,
//     sharedEmitDoneFor: void 0,
//     cycles: params?.cycles ?? "ref",
//     reused: params?.reused ?? "inline",
//     intersections: [],
//     deferred: [],
//     external: params?.external ?? void 0
//   };
// }
// function handleUnrepresentable(schema, ctx, json, params, message) {
//   const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
//   if (result === "any")
//     return false;
//   if (result === void 0 || result === "throw")
//     throw new Error(message);
//   Object.assign(json, result);
//   return true;
// }
// function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
//   var _a3;
//   const def = schema._zod.def;
//   const seen = ctx.seen.get(schema);
//   if (seen) {
//     seen.count++;
//     const isCycle = _params.schemaPath.includes(schema);
//     if (isCycle) {
//       seen.cycle = _params.path;
//     }
//     return seen.schema;
//   }
//   const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
//   ctx.seen.set(schema, result);
//   ctx.sharedDefsExtractedFor = void 0;
//   ctx.sharedEmitDoneFor = void 0;
//   const overrideSchema = schema._zod.toJSONSchema?.();
//   if (overrideSchema) {
//     result.schema = overrideSchema;
//   } else {
//     const params = {
//       ..._params,
//       schemaPath: [..._params.schemaPath, schema],
//       path: _params.path
//     };
//     if (schema._zod.processJSONSchema) {
//       schema._zod.processJSONSchema(ctx, result.schema, params);
//     } else {
//       const _json = result.schema;
//       const processor = ctx.processors[def.type];
//       if (!processor) {
//         throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
//       }
//       processor(schema, ctx, _json, params);
//     }
//     const parent = schema._zod.parent;
//     if (parent) {
//       if (!result.ref)
//         result.ref = parent;
//       processSchema(parent, ctx, params);
//       ctx.seen.get(parent).isParent = true;
//     }
//   }
//   const meta2 = ctx.metadataRegistry.get(schema);
//   if (meta2)
//     assignProps(result.schema, meta2);
//   if (ctx.io === "input" && isTransforming(schema)) {
//     delete result.schema.examples;
//     delete result.schema.default;
//   }
//   if (ctx.io === "input" && "_prefault" in result.schema)
//     (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
//   delete result.schema._prefault;
//   const _result = ctx.seen.get(schema);
//   return _result.schema;
// }
// function encodeJSONPointerSegment(segment) {
//   return segment.replace(/~/g, "~0").replace(/\//g, "~1");
// }
// function extractDefs(ctx, schema) {
//   const root = ctx.seen.get(schema);
//   if (!root)
//     throw new Error("Unprocessed schema. This is a bug in Zod.");
//   if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
//     return;
//   const idToSchema = /* @__PURE__ */ new Map();
//   for (const entry of ctx.seen.entries()) {
//     const id = ctx.metadataRegistry.get(entry[0])?.id;
//     if (id) {
//       const existing = idToSchema.get(id);
//       if (existing && existing !== entry[0]) {
//         throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
//       }
//       idToSchema.set(id, entry[0]);
//     }
//   }
//   const makeURI = (entry) => {
//     const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
//     if (ctx.external) {
//       const externalId = ctx.external.registry.get(entry[0])?.id;
//       const uriGenerator = ctx.external.uri ?? ((id2) => id2);
//       if (externalId) {
//         return { ref: uriGenerator(externalId) };
//       }
//       const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
//       entry[1].defId = id;
//       return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
//     }
//     const uriPrefix = `#`;
//     const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
//     if (entry[1] === root && !entry[1].schema.id) {
//       return { ref: uriPrefix };
//     }
//     const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
//     return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
//   };
//   const extractToDef = (entry) => {
//     if (entry[1].schema.$ref) {
//       return;
//     }
//     const seen = entry[1];
//     const { ref, defId } = makeURI(entry);
//     seen.def = { ...seen.schema };
//     if (defId)
//       seen.defId = defId;
//     const schema2 = seen.schema;
//     for (const key in schema2) {
//       delete schema2[key];
//     }
//     schema2.$ref = ref;
//   };
//   if (ctx.cycles === "throw") {
//     for (const entry of ctx.seen.entries()) {
//       const seen = entry[1];
//       if (seen.cycle) {
//         throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>
// 
// Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
//       }
//     }
//   }
//   for (const entry of ctx.seen.entries()) {
//     const seen = entry[1];
//     if (schema === entry[0]) {
//       extractToDef(entry);
//       continue;
//     }
//     if (ctx.external) {
//       const ext = ctx.external.registry.get(entry[0])?.id;
//       if (schema !== entry[0] && ext) {
//         extractToDef(entry);
//         continue;
//       }
//     }
//     const id = ctx.metadataRegistry.get(entry[0])?.id;
//     if (id) {
//       extractToDef(entry);
//       continue;
//     }
//     if (seen.cycle) {
//       extractToDef(entry);
//       continue;
//     }
//     if (seen.count > 1) {
//       if (ctx.reused === "ref") {
//         extractToDef(entry);
//       }
//     }
//   }
//   if (ctx.external)
//     ctx.sharedDefsExtractedFor = ctx.external;
// }
// function compactTypeUnion(schema) {
//   const options = schema.anyOf;
//   if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
//     return;
//   const types = [];
//   for (const option of options) {
//     if (!option || typeof option !== "object")
//       return;
//     compactTypeUnion(option);
//     const keys = Object.keys(option);
//     if (keys.length !== 1 || keys[0] !== "type")
//       return;
//     const type = option.type;
//     for (const member of Array.isArray(type) ? type : [type]) {
//       if (typeof member !== "string")
//         return;
//       if (!types.includes(member))
//         types.push(member);
//     }
//   }
//   delete schema.anyOf;
//   schema.type = types.length === 1 ? types[0] : types;
// }
// var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
// var UNION_KEYS = ["oneOf", "anyOf"];
// function undeclaredConstraint(member) {
//   const extra = member.additionalProperties;
//   if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
//     return null;
//   return Object.keys(extra).length ? extra : null;
// }
// function foldObjects(members2) {
//   const objects = [];
//   for (const member of members2) {
//     if (typeof member !== "object" || member.type !== "object")
//       return null;
//     for (const key in member) {
//       if (!FOLDABLE_KEYS.has(key))
//         return null;
//     }
//     objects.push(member);
//   }
//   const properties = {};
//   const required2 = /* @__PURE__ */ new Set();
//   for (const object of objects) {
//     for (const key in object.properties) {
//       if (Object.prototype.hasOwnProperty.call(properties, key))
//         continue;
//       const parts = [];
//       for (const other of objects) {
//         const part = other.properties?.[key] ?? undeclaredConstraint(other);
//         if (part === null || part === void 0)
//           continue;
//         if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
//           parts.push(part);
//       }
//       const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
//       assignProp(properties, key, merged);
//     }
//     for (const key of object.required ?? [])
//       required2.add(key);
//   }
//   const folded = { type: "object", properties };
//   if (required2.size)
//     folded.required = [...required2];
//   if (objects.every((object) => object.additionalProperties === false)) {
//     folded.additionalProperties = false;
//   } else {
//     const constraints = [];
//     for (const object of objects) {
//       const constraint = undeclaredConstraint(object);
//       if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
//         constraints.push(constraint);
//     }
//     if (constraints.length === 1)
//       folded.additionalProperties = constraints[0];
//     else if (constraints.length > 1)
//       folded.additionalProperties = { allOf: constraints };
//   }
//   return folded;
// }
// function foldIntersection(json) {
//   const allOf = json.allOf;
//   if (!Array.isArray(allOf) || allOf.length < 2)
//     return;
//   for (const key of FOLDABLE_KEYS)
//     if (key in json)
//       return;
//   const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
//   let folded = null;
//   if (!unions.length) {
//     folded = foldObjects(allOf);
//   } else {
//     const union2 = unions[0];
//     const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
//     if (Object.keys(union2).length !== 1)
//       return;
//     const rest = allOf.filter((m) => m !== union2);
//     const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
//     if (branches.some((b) => !b))
//       return;
//     folded = { [keyword]: branches };
//   }
//   if (!folded)
//     return;
//   delete json.allOf;
//   assignProps(json, folded);
// }
// function finalize(ctx, schema) {
//   const root = ctx.seen.get(schema);
//   if (!root)
//     throw new Error("Unprocessed schema. This is a bug in Zod.");
//   const flattenRef = (zodSchema) => {
//     const seen = ctx.seen.get(zodSchema);
//     if (seen.ref === null)
//       return;
//     const schema2 = seen.def ?? seen.schema;
//     const _cached = { ...schema2 };
//     const ref = seen.ref;
//     seen.ref = null;
//     if (ref) {
//       flattenRef(ref);
//       const refSeen = ctx.seen.get(ref);
//       const refSchema = refSeen.schema;
//       if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
//         schema2.allOf = schema2.allOf ?? [];
//         schema2.allOf.push(refSchema);
//       } else {
//         assignProps(schema2, refSchema);
//       }
//       assignProps(schema2, _cached);
//       const isParentRef = zodSchema._zod.parent === ref;
//       if (isParentRef) {
//         for (const key in schema2) {
//           if (key === "$ref" || key === "allOf")
//             continue;
//           if (!(key in _cached)) {
//             delete schema2[key];
//           }
//         }
//       }
//       if (refSchema.$ref && refSeen.def) {
//         for (const key in schema2) {
//           if (key === "$ref" || key === "allOf")
//             continue;
//           if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
//             delete schema2[key];
//           }
//         }
//       }
//     }
//     const parent = zodSchema._zod.parent;
//     if (parent && parent !== ref) {
//       flattenRef(parent);
//       const parentSeen = ctx.seen.get(parent);
//       if (parentSeen?.schema.$ref) {
//         schema2.$ref = parentSeen.schema.$ref;
//         if (parentSeen.def) {
//           for (const key in schema2) {
//             if (key === "$ref" || key === "allOf")
//               continue;
//             if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
//               delete schema2[key];
//             }
//           }
//         }
//       }
//     }
//     ctx.override({
//       zodSchema,
//       jsonSchema: schema2,
//       path: seen.path ?? []
//     });
//   };
//   if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
//     for (const entry of [...ctx.seen.entries()].reverse()) {
//       flattenRef(entry[0]);
//     }
//     if (ctx.target !== "openapi-3.0") {
//       for (const entry of ctx.seen.entries()) {
//         compactTypeUnion(entry[1].def ?? entry[1].schema);
//       }
//     }
//     for (const rewrite of ctx.deferred)
//       rewrite();
//     if (ctx.intersections.length) {
//       const carriers = /* @__PURE__ */ new Map();
//       for (const seen of ctx.seen.values()) {
//         for (const json of [seen.schema, seen.def]) {
//           const allOf = json?.allOf;
//           if (!Array.isArray(allOf))
//             continue;
//           const existing = carriers.get(allOf);
//           if (existing)
//             existing.push(json);
//           else
//             carriers.set(allOf, [json]);
//         }
//       }
//       for (const allOf of ctx.intersections) {
//         for (const json of carriers.get(allOf) ?? [])
//           foldIntersection(json);
//       }
//     }
//   }
//   const result = {};
//   if (ctx.target === "draft-2020-12") {
//     result.$schema = "https://json-schema.org/draft/2020-12/schema";
//   } else if (ctx.target === "draft-07") {
//     result.$schema = "http://json-schema.org/draft-07/schema#";
//   } else if (ctx.target === "draft-04") {
//     result.$schema = "http://json-schema.org/draft-04/schema#";
//   } else if (ctx.target === "openapi-3.0") {
//   } else {
//   }
//   if (ctx.external?.uri) {
//     const id = ctx.external.registry.get(schema)?.id;
//     if (!id)
//       throw new Error("Schema is missing an `id` property");
//     result.$id = ctx.external.uri(id);
//   }
//   assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
//   const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
//   if (rootMetaId !== void 0 && result.id === rootMetaId)
//     delete result.id;
//   const defs = ctx.external?.defs ?? {};
//   if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
//     for (const entry of ctx.seen.entries()) {
//       const seen = entry[1];
//       if (seen.def && seen.defId) {
//         if (seen.def.id === seen.defId)
//           delete seen.def.id;
//         assignProp(defs, seen.defId, seen.def);
//       }
//     }
//   }
//   if (ctx.external)
//     ctx.sharedEmitDoneFor = ctx.external;
//   if (ctx.external) {
//   } else {
//     if (Object.keys(defs).length > 0) {
//       if (ctx.target === "draft-2020-12") {
//         result.$defs = defs;
//       } else {
//         result.definitions = defs;
//       }
//     }
//   }
//   try {
//     const finalized = JSON.parse(JSON.stringify(result));
//     Object.defineProperty(finalized, "~standard", {
//       value: {
//         ...schema["~standard"],
//         jsonSchema: {
//           input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
//           output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
//         }
//       },
//       enumerable: false,
//       writable: false
//     });
//     return finalized;
//   } catch (_err) {
//     throw new Error("Error converting schema to JSON.");
//   }
// }
// function isTransforming(_schema, _ctx) {
//   const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
//   if (ctx.seen.has(_schema))
//     return false;
//   ctx.seen.add(_schema);
//   const def = _schema._zod.def;
//   if (def.type === "transform")
//     return true;
//   if (def.type === "array")
//     return isTransforming(def.element, ctx);
//   if (def.type === "set")
//     return isTransforming(def.valueType, ctx);
//   if (def.type === "lazy")
//     return isTransforming(def.getter(), ctx);
//   if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
//     return isTransforming(def.innerType, ctx);
//   }
//   if (def.type === "intersection") {
//     return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
//   }
//   if (def.type === "record" || def.type === "map") {
//     return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
//   }
//   if (def.type === "pipe") {
//     if (_schema._zod.traits.has("$ZodCodec"))
//       return true;
//     return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
//   }
//   if (def.type === "object") {
//     for (const key in def.shape) {
//       if (isTransforming(def.shape[key], ctx))
//         return true;
//     }
//     return false;
//   }
//   if (def.type === "union") {
//     for (const option of def.options) {
//       if (isTransforming(option, ctx))
//         return true;
//     }
//     return false;
//   }
//   if (def.type === "tuple") {
//     for (const item of def.items) {
//       if (isTransforming(item, ctx))
//         return true;
//     }
//     if (def.rest && isTransforming(def.rest, ctx))
//       return true;
//     return false;
//   }
//   return false;
// }
// var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
//   const ctx = initializeContext({ ...params, processors });
//   processSchema(schema, ctx);
//   extractDefs(ctx, schema);
//   return finalize(ctx, schema);
// };
// var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
//   const { libraryOptions, target } = params ?? {};
//   const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
//   processSchema(schema, ctx);
//   extractDefs(ctx, schema);
//   return finalize(ctx, schema);
// };
// 
// // node_modules/zod/v4/core/json-schema-processors.js
// var narrowMin = (agg, key, value) => {
//   if (agg[key] === void 0 || value > agg[key])
//     agg[key] = value;
// };
// var narrowMax = (agg, key, value) => {
//   if (agg[key] === void 0 || value < agg[key])
//     agg[key] = value;
// };
// var narrowBoth = (agg, value) => {
//   narrowMin(agg, "minimum", value);
//   narrowMax(agg, "maximum", value);
// };
// var addDivisor = (agg, value) => {
//   agg.multipleOf ?? (agg.multipleOf = []);
//   if (!agg.multipleOf.includes(value))
//     agg.multipleOf.push(value);
// };
// var addPattern = (agg, pattern) => {
//   agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
//   agg.patterns.add(pattern);
// };
// var intersectMime = (agg, mime) => {
//   agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
// };
// var setFormat = (agg, format) => {
//   agg.format = format;
//   if (format.includes("int"))
//     agg.isInt = true;
// };
// var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
// var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
// var formatContributor = (ranges) => (agg, def) => {
//   setFormat(agg, def.format);
//   const [minimum, maximum] = ranges[def.format];
//   narrowMin(agg, "minimum", minimum);
//   narrowMax(agg, "maximum", maximum);
// };
// var contributors = {
//   greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
//   less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
//   multiple_of: (agg, def) => addDivisor(agg, def.value),
//   number_format: formatContributor(NUMBER_FORMAT_RANGES),
//   bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
//   min_length: minContributor,
//   max_length: maxContributor,
//   length_equals: (agg, def) => narrowBoth(agg, def.length),
//   min_size: minContributor,
//   max_size: maxContributor,
//   size_equals: (agg, def) => narrowBoth(agg, def.size),
//   string_format: (agg, def) => {
//     setFormat(agg, def.format);
//     if (def.pattern)
//       addPattern(agg, def.pattern);
//     if (def.format === "base64" || def.format === "base64url")
//       agg.contentEncoding = def.format;
//     if (def.local || def.precision === -1)
//       agg.laxFormat = true;
//   },
//   mime_type: (agg, def) => intersectMime(agg, def.mime)
// };
// function aggregateChecks(schema) {
//   const agg = {};
//   const def = schema._zod.def;
//   const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
//   for (const ch of list)
//     contributors[ch._zod.def.check]?.(agg, ch._zod.def);
//   const bag = schema._zod.bag;
//   if (bag.minimum !== void 0)
//     narrowMin(agg, "minimum", bag.minimum);
//   if (bag.exclusiveMinimum !== void 0)
//     narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
//   if (bag.maximum !== void 0)
//     narrowMax(agg, "maximum", bag.maximum);
//   if (bag.exclusiveMaximum !== void 0)
//     narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
//   if (bag.multipleOf !== void 0)
//     addDivisor(agg, bag.multipleOf);
//   if (bag.format !== void 0) {
//     agg.format ?? (agg.format = bag.format);
//     if (bag.format.includes("int"))
//       agg.isInt = true;
//   }
//   if (bag.mime)
//     intersectMime(agg, bag.mime);
//   for (const pattern of bag.patterns ?? [])
//     addPattern(agg, pattern);
//   return agg;
// }
// var formatMap = {
//   guid: "uuid",
//   url: "uri",
//   datetime: "date-time",
//   json_string: "json-string",
//   regex: ""
//   // do not set
// };
// var exactPatterns = /* @__PURE__ */ new Map([
//   [base64Charset, base64],
//   [base64urlCharset, base64url]
// ]);
// var exactPattern = (p) => exactPatterns.get(p) ?? p;
// var stringProcessor = (schema, ctx, _json, _params) => {
//   const json = _json;
//   json.type = "string";
//   const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
//   if (typeof minimum === "number")
//     json.minLength = minimum;
//   if (typeof maximum === "number")
//     json.maxLength = maximum;
//   if (format) {
//     json.format = formatMap[format] ?? format;
//     if (json.format === "")
//       delete json.format;
//     if (format === "time" || laxFormat) {
//       delete json.format;
//     }
//   }
//   if (contentEncoding)
//     json.contentEncoding = contentEncoding;
//   if (patterns && patterns.size > 0) {
//     const patternList = [...patterns].map(exactPattern);
//     if (patternList.length === 1)
//       json.pattern = patternList[0].source;
//     else if (patternList.length > 1) {
//       json.allOf = [
//         ...patternList.map((regex) => ({
//           ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
//           pattern: regex.source
//         }))
//       ];
//     }
//   }
// };
// var numberProcessor = (schema, ctx, _json, params) => {
//   const json = _json;
//   const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
//   json.type = isInt ? "integer" : "number";
//   const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
//   const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
//   const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
//   if (exMin) {
//     if (legacy) {
//       json.minimum = exclusiveMinimum;
//       json.exclusiveMinimum = true;
//     } else {
//       json.exclusiveMinimum = exclusiveMinimum;
//     }
//   } else if (typeof minimum === "number") {
//     json.minimum = minimum;
//   }
//   if (exMax) {
//     if (legacy) {
//       json.maximum = exclusiveMaximum;
//       json.exclusiveMaximum = true;
//     } else {
//       json.exclusiveMaximum = exclusiveMaximum;
//     }
//   } else if (typeof maximum === "number") {
//     json.maximum = maximum;
//   }
//   if (multipleOf) {
//     const divisors = /* @__PURE__ */ new Set();
//     for (const divisor of multipleOf) {
//       if (Number.isFinite(divisor) && divisor !== 0)
//         divisors.add(Math.abs(divisor));
//       else
//         handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
//     }
//     const [first, ...rest] = divisors;
//     if (first !== void 0)
//       json.multipleOf = first;
//     if (rest.length)
//       json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
//   }
// };
// var booleanProcessor = (_schema, _ctx, json, _params) => {
//   json.type = "boolean";
// };
// var neverProcessor = (_schema, _ctx, json, _params) => {
//   json.not = {};
// };
// var unknownProcessor = (_schema, _ctx, _json, _params) => {
// };
// var dateProcessor = (schema, ctx, json, params) => {
//   handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
// };
// var enumProcessor = (schema, _ctx, json, _params) => {
//   const def = schema._zod.def;
//   const values = getEnumValues(def.entries);
//   if (values.length === 0) {
//     json.not = {};
//     return;
//   }
//   if (values.every((v) => typeof v === "number"))
//     json.type = "number";
//   if (values.every((v) => typeof v === "string"))
//     json.type = "string";
//   json.enum = values;
// };
// var literalProcessor = (schema, ctx, json, params) => {
//   const def = schema._zod.def;
//   if (def.values.length === 0) {
//     json.not = {};
//     return;
//   }
//   const vals = [];
//   for (const val of def.values) {
//     if (val === void 0) {
//       if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
//         return;
//     } else if (typeof val === "bigint") {
//       if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
//         return;
//       vals.push(Number(val));
//     } else {
//       vals.push(val);
//     }
//   }
//   if (vals.length === 0) {
//   } else if (vals.length === 1) {
//     const val = vals[0];
//     json.type = val === null ? "null" : typeof val;
//     if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
//       json.enum = [val];
//     } else {
//       json.const = val;
//     }
//   } else {
//     if (vals.every((v) => typeof v === "number"))
//       json.type = "number";
//     if (vals.every((v) => typeof v === "string"))
//       json.type = "string";
//     if (vals.every((v) => typeof v === "boolean"))
//       json.type = "boolean";
//     if (vals.every((v) => v === null))
//       json.type = "null";
//     json.enum = vals;
//   }
// };
// var customProcessor = (schema, ctx, json, params) => {
//   handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
// };
// var transformProcessor = (schema, ctx, json, params) => {
//   handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
// };
// var arrayProcessor = (schema, ctx, _json, params) => {
//   const json = _json;
//   const def = schema._zod.def;
//   const { minimum, maximum } = aggregateChecks(schema);
//   if (typeof minimum === "number")
//     json.minItems = minimum;
//   if (typeof maximum === "number")
//     json.maxItems = maximum;
//   json.type = "array";
//   json.items = processSchema(def.element, ctx, {
//     ...params,
//     path: [...params.path, "items"]
//   });
// };
// function inputOptin(schema) {
//   const def = schema._zod.def;
//   if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
//     return inputOptin(def.out);
//   }
//   if (def.type === "catch") {
//     return inputOptin(def.innerType);
//   }
//   return schema._zod.optin;
// }
// var objectProcessor = (schema, ctx, _json, params) => {
//   const json = _json;
//   const def = schema._zod.def;
//   const shape = def.shape;
//   const symbolKeys = Object.getOwnPropertySymbols(shape);
//   if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
//     return;
//   }
//   json.type = "object";
//   json.properties = {};
//   for (const key in shape) {
//     assignProp(json.properties, key, processSchema(shape[key], ctx, {
//       ...params,
//       path: [...params.path, "properties", key]
//     }));
//   }
//   const requiredKeys = [];
//   for (const key of Object.keys(shape)) {
//     const field = def.shape[key];
//     if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
//       requiredKeys.push(key);
//     }
//   }
//   if (requiredKeys.length > 0) {
//     json.required = requiredKeys;
//   }
//   if (def.catchall?._zod.def.type === "never") {
//     json.additionalProperties = false;
//   } else if (!def.catchall) {
//     if (ctx.io === "output")
//       json.additionalProperties = false;
//   } else if (def.catchall) {
//     json.additionalProperties = processSchema(def.catchall, ctx, {
//       ...params,
//       path: [...params.path, "additionalProperties"]
//     });
//   }
// };
// var unionProcessor = (schema, ctx, json, params) => {
//   const def = schema._zod.def;
//   const isExclusive = def.inclusive === false;
//   const options = def.options.map((x, i) => processSchema(x, ctx, {
//     ...params,
//     path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
//   }));
//   if (isExclusive) {
//     json.oneOf = options;
//   } else {
//     json.anyOf = options;
//   }
// };
// var intersectionProcessor = (schema, ctx, json, params) => {
//   const def = schema._zod.def;
//   const a = processSchema(def.left, ctx, {
//     ...params,
//     path: [...params.path, "allOf", 0]
//   });
//   const b = processSchema(def.right, ctx, {
//     ...params,
//     path: [...params.path, "allOf", 1]
//   });
//   const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
//   const allOf = [
//     ...isSimpleIntersection(a) ? a.allOf : [a],
//     ...isSimpleIntersection(b) ? b.allOf : [b]
//   ];
//   json.allOf = allOf;
//   ctx.intersections.push(allOf);
// };
// function stringifyKeyNames(bySchema, json, visited) {
//   if (json.$ref) {
//     if (visited.has(json))
//       return json;
//     visited.add(json);
//     const def = bySchema.get(json)?.def;
//     if (!def)
//       return json;
//     const inlined = stringifyKeyNames(bySchema, def, visited);
//     return inlined === def ? json : inlined;
//   }
//   for (const keyword of ["anyOf", "oneOf"]) {
//     const branches = json[keyword];
//     if (!Array.isArray(branches))
//       continue;
//     const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
//     if (mapped.some((branch, i) => branch !== branches[i]))
//       json = { ...json, [keyword]: mapped };
//   }
//   const types = Array.isArray(json.type) ? json.type : [json.type];
//   const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
//   const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
//   if (!numericType && !values?.some((v) => typeof v === "number"))
//     return json;
//   const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
//   if (rest.enum)
//     rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
//   else if (typeof rest.const === "number")
//     rest.const = String(rest.const);
//   if (!numericType)
//     return rest;
//   rest.type = "string";
//   if (!values)
//     rest.pattern = (types.includes("number") ? number : integer).source;
//   return rest;
// }
// var pendingRecords = /* @__PURE__ */ new WeakMap();
// function rewriteKeyNames(ctx) {
//   const bySchema = /* @__PURE__ */ new Map();
//   for (const entry of ctx.seen.values()) {
//     if (entry.def && !bySchema.has(entry.schema))
//       bySchema.set(entry.schema, entry);
//   }
//   const rewrites = /* @__PURE__ */ new Map();
//   for (const record2 of pendingRecords.get(ctx) ?? []) {
//     const seen = ctx.seen.get(record2);
//     const names = (seen?.def ?? seen?.schema)?.propertyNames;
//     if (!names || names === true || rewrites.has(names))
//       continue;
//     const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
//     if (rewritten !== names)
//       rewrites.set(names, rewritten);
//   }
//   if (!rewrites.size)
//     return;
//   for (const entry of ctx.seen.values()) {
//     for (const carrier of [entry.schema, entry.def]) {
//       const rewritten = carrier && rewrites.get(carrier.propertyNames);
//       if (rewritten)
//         carrier.propertyNames = rewritten;
//     }
//   }
// }
// var recordProcessor = (schema, ctx, _json, params) => {
//   const json = _json;
//   const def = schema._zod.def;
//   json.type = "object";
//   const keyType = def.keyType;
//   const patterns = aggregateChecks(keyType).patterns;
//   if (def.mode === "loose" && patterns && patterns.size > 0) {
//     const valueSchema = processSchema(def.valueType, ctx, {
//       ...params,
//       path: [...params.path, "patternProperties", "*"]
//     });
//     json.patternProperties = {};
//     for (const pattern of patterns) {
//       assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
//     }
//   } else {
//     if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
//       json.propertyNames = processSchema(def.keyType, ctx, {
//         ...params,
//         path: [...params.path, "propertyNames"]
//       });
//       let pending = pendingRecords.get(ctx);
//       if (!pending) {
//         pending = [];
//         pendingRecords.set(ctx, pending);
//         ctx.deferred.push(() => rewriteKeyNames(ctx));
//       }
//       pending.push(schema);
//     }
//     json.additionalProperties = processSchema(def.valueType, ctx, {
//       ...params,
//       path: [...params.path, "additionalProperties"]
//     });
//   }
//   const keyValues = keyType._zod.values;
//   const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
//   if (keyValues && !def.partial && !omittableOnInput) {
//     const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
//     if (validKeyValues.length > 0) {
//       json.required = validKeyValues.map(String);
//     }
//   }
// };
// var nullableProcessor = (schema, ctx, json, params) => {
//   const def = schema._zod.def;
//   const inner = processSchema(def.innerType, ctx, params);
//   const seen = ctx.seen.get(schema);
//   if (ctx.target === "openapi-3.0") {
//     seen.ref = def.innerType;
//     json.nullable = true;
//   } else {
//     json.anyOf = [inner, { type: "null" }];
//   }
// };
// var nonoptionalProcessor = (schema, ctx, _json, params) => {
//   const def = schema._zod.def;
//   processSchema(def.innerType, ctx, params);
//   const seen = ctx.seen.get(schema);
//   seen.ref = def.innerType;
// };
// var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
// function serializeDefaultValue(value, schema, ctx, json, params) {
//   let unrepresentable = false;
//   const serialized = JSON.stringify(value, (_, val) => {
//     if (typeof val !== "bigint")
//       return val;
//     unrepresentable = true;
//     return null;
//   });
//   if (!unrepresentable)
//     return JSON.parse(serialized);
//   handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
//   return UNREPRESENTABLE_DEFAULT;
// }
// var defaultProcessor = (schema, ctx, json, params) => {
//   const def = schema._zod.def;
//   processSchema(def.innerType, ctx, params);
//   const seen = ctx.seen.get(schema);
//   seen.ref = def.innerType;
//   const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
//   if (value !== UNREPRESENTABLE_DEFAULT)
//     json.default = value;
// };
// var prefaultProcessor = (schema, ctx, json, params) => {
//   const def = schema._zod.def;
//   processSchema(def.innerType, ctx, params);
//   const seen = ctx.seen.get(schema);
//   seen.ref = def.innerType;
//   if (ctx.io !== "input")
//     return;
//   const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
//   if (value !== UNREPRESENTABLE_DEFAULT)
//     json._prefault = value;
// };
// var catchProcessor = (schema, ctx, json, params) => {
//   const def = schema._zod.def;
//   processSchema(def.innerType, ctx, params);
//   const seen = ctx.seen.get(schema);
//   seen.ref = def.innerType;
//   let catchValue;
//   try {
//     catchValue = def.catchValue(void 0);
//   } catch {
//     handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
//     return;
//   }
//   json.default = catchValue;
// };
// var pipeProcessor = (schema, ctx, _json, params) => {
//   const def = schema._zod.def;
//   const inIsTransform = def.in._zod.traits.has("$ZodTransform");
//   const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
//   processSchema(innerType, ctx, params);
//   const seen = ctx.seen.get(schema);
//   seen.ref = innerType;
// };
// var readonlyProcessor = (schema, ctx, json, params) => {
//   const def = schema._zod.def;
//   processSchema(def.innerType, ctx, params);
//   const seen = ctx.seen.get(schema);
//   seen.ref = def.innerType;
//   json.readOnly = true;
// };
// var optionalProcessor = (schema, ctx, _json, params) => {
//   const def = schema._zod.def;
//   processSchema(def.innerType, ctx, params);
//   const seen = ctx.seen.get(schema);
//   seen.ref = def.innerType;
// };
// 
// // node_modules/zod/v4/classic/errors.js
// var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
// function _lazyMethod(proto, key, make) {
//   Object.defineProperty(proto, key, {
//     configurable: true,
//     enumerable: false,
//     get() {
//       const value = make(this);
//       Object.defineProperty(this, key, { value, configurable: true, writable: true });
//       return value;
//     },
//     set(value) {
//       Object.defineProperty(this, key, { value, configurable: true, writable: true });
//     }
//   });
// }
// var initializer2 = (inst, issues) => {
//   $ZodError.init(inst, issues);
//   inst.name = "ZodError";
//   const proto = Object.getPrototypeOf(inst);
//   if (_installedErrorProtos.has(proto))
//     return;
//   _installedErrorProtos.add(proto);
//   _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
//   _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
//   _lazyMethod(proto, "addIssue", (self) => (issue2) => {
//     self.issues.push(issue2);
//     self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
//   });
//   _lazyMethod(proto, "addIssues", (self) => (issues2) => {
//     self.issues.push(...issues2);
//     self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
//   });
//   Object.defineProperty(proto, "isEmpty", {
//     configurable: true,
//     enumerable: false,
//     get() {
//       return this.issues.length === 0;
//     }
//   });
// };
// var ZodError = /* @__PURE__ */ $constructor("ZodError", initializer2);
// var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
//   Parent: Error
// });
// 
// // node_modules/zod/v4/classic/parse.js
// var parse = /* @__PURE__ */ _parse(ZodRealError);
// var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
// var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
// var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
// var encode = /* @__PURE__ */ _encode(ZodRealError);
// var decode = /* @__PURE__ */ _decode(ZodRealError);
// var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
// var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
// var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
// var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
// var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
// var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
// 
// // node_modules/zod/v4/classic/schemas.js
// function _ensureDefaultLocale() {
//   if (!globalConfig.localeError)
//     config(en_default());
// }
// function _ensureDefaultMemoizer() {
//   if (!globalConfig.memoizer)
//     config({ memoizer: memoizer() });
// }
// var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
//   _ensureDefaultLocale();
//   $ZodType.init(inst, def);
//   inst.def = def;
//   inst.type = def.type;
//   return inst;
// }, {
//   check(...chks) {
//     const def = this.def;
//     return this.clone(util_exports.mergeDefs(def, {
//       checks: [
//         ...def.checks ?? [],
//         ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
//       ]
//     }), { parent: true });
//   },
//   with(...chks) {
//     return this.check(...chks);
//   },
//   clone(def, params) {
//     return clone(this, def, params);
//   },
//   brand() {
//     return this;
//   },
//   register(reg, meta2) {
//     reg.add(this, meta2);
//     return this;
//   },
//   refine(check, params) {
//     return this.check(refine(check, params));
//   },
//   superRefine(refinement, params) {
//     return this.check(superRefine(refinement, params));
//   },
//   overwrite(fn) {
//     return this.check(_overwrite(fn));
//   },
//   optional() {
//     return optional(this);
//   },
//   exactOptional() {
//     return exactOptional(this);
//   },
//   nullable() {
//     return nullable(this);
//   },
//   nullish() {
//     return optional(nullable(this));
//   },
//   nonoptional(params) {
//     return nonoptional(this, params);
//   },
//   array() {
//     return array(this);
//   },
//   or(arg) {
//     return union([this, arg]);
//   },
//   and(arg) {
//     return intersection(this, arg);
//   },
//   transform(tx) {
//     return pipe(this, transform(tx));
//   },
//   default(d) {
//     return _default(this, d);
//   },
//   prefault(d) {
//     return prefault(this, d);
//   },
//   catch(params) {
//     return _catch(this, params);
//   },
//   pipe(target) {
//     return pipe(this, target);
//   },
//   readonly() {
//     return readonly(this);
//   },
//   describe(description) {
//     const cl = this.clone();
//     globalRegistry.add(cl, { description });
//     return cl;
//   },
//   meta(...args) {
//     if (args.length === 0)
//       return globalRegistry.get(this);
//     const cl = this.clone();
//     globalRegistry.add(cl, args[0]);
//     return cl;
//   },
//   isOptional() {
//     return this.safeParse(void 0).success;
//   },
//   isNullable() {
//     return this.safeParse(null).success;
//   },
//   apply(fn, ...args) {
//     return args.length === 0 ? fn(this) : fn(this, ...args);
//   },
//   // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
//   get "~standard"() {
//     return util_exports.hide(this, "~standard", {
//       ...standardProps(this),
//       jsonSchema: {
//         input: createStandardJSONSchemaMethod(this, "input"),
//         output: createStandardJSONSchemaMethod(this, "output")
//       }
//     });
//   },
//   set "~standard"(value) {
//     util_exports.own(this, "~standard", value);
//   },
//   parse: function _parse2(data, params) {
//     return parse(this, data, params, { callee: _parse2 });
//   },
//   parseAsync: async function _parseAsync2(data, params) {
//     return await parseAsync(this, data, params, { callee: _parseAsync2 });
//   },
//   safeParse(data, params) {
//     return safeParse(this, data, params);
//   },
//   async safeParseAsync(data, params) {
//     return safeParseAsync(this, data, params);
//   },
//   // `spa` is an alias: same function object as `safeParseAsync`, as before.
//   get spa() {
//     return this?.safeParseAsync;
//   },
//   set spa(value) {
//     util_exports.own(this, "spa", value);
//   },
//   validate(data, params) {
//     return validate(this, data, params);
//   },
//   validateAsync(data, params) {
//     return validateAsync(this, data, params);
//   },
//   encode: function _encode2(data, params) {
//     return encode(this, data, params, { callee: _encode2 });
//   },
//   decode: function _decode2(data, params) {
//     return decode(this, data, params, { callee: _decode2 });
//   },
//   encodeAsync: async function _encodeAsync2(data, params) {
//     return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
//   },
//   decodeAsync: async function _decodeAsync2(data, params) {
//     return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
//   },
//   safeEncode(data, params) {
//     return safeEncode(this, data, params);
//   },
//   safeDecode(data, params) {
//     return safeDecode(this, data, params);
//   },
//   async safeEncodeAsync(data, params) {
//     return safeEncodeAsync(this, data, params);
//   },
//   async safeDecodeAsync(data, params) {
//     return safeDecodeAsync(this, data, params);
//   },
//   toJSONSchema(params) {
//     return createToJSONSchemaMethod(this, {})(params);
//   },
//   // Reads through to the registry on every access, so it must not cache.
//   get description() {
//     return globalRegistry.get(this)?.description;
//   },
//   // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
//   get _def() {
//     return this._zod.def;
//   }
// });
// var _ZodString = /* @__PURE__ */ $constructor(
//   "_ZodString",
//   (inst, def) => {
//     $ZodString.init(inst, def);
//     ZodType.init(inst, def);
//     inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
//   },
//   /* @__PURE__ */ util_exports.derived({
//     format: (inst) => aggregateChecks(inst).format ?? null,
//     minLength: (inst) => aggregateChecks(inst).minimum ?? null,
//     maxLength: (inst) => aggregateChecks(inst).maximum ?? null
//   }, {
//     regex(...args) {
//       return this.check(_regex(...args));
//     },
//     includes(...args) {
//       return this.check(_includes(...args));
//     },
//     startsWith(...args) {
//       return this.check(_startsWith(...args));
//     },
//     endsWith(...args) {
//       return this.check(_endsWith(...args));
//     },
//     min(...args) {
//       return this.check(_minLength(...args));
//     },
//     max(...args) {
//       return this.check(_maxLength(...args));
//     },
//     length(...args) {
//       return this.check(_length(...args));
//     },
//     nonempty(...args) {
//       return this.check(_minLength(1, ...args));
//     },
//     lowercase(params) {
//       return this.check(_lowercase(params));
//     },
//     uppercase(params) {
//       return this.check(_uppercase(params));
//     },
//     trim() {
//       return this.check(_trim());
//     },
//     normalize(...args) {
//       return this.check(_normalize(...args));
//     },
//     toLowerCase() {
//       return this.check(_toLowerCase());
//     },
//     toUpperCase() {
//       return this.check(_toUpperCase());
//     },
//     slugify() {
//       return this.check(_slugify());
//     }
//   })
// );
// var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
//   $ZodString.init(inst, def);
//   _ZodString.init(inst, def);
// }, {
//   email(params) {
//     return this.check(_email(ZodEmail, params));
//   },
//   url(params) {
//     return this.check(_url(ZodURL, params));
//   },
//   jwt(params) {
//     return this.check(_jwt(ZodJWT, params));
//   },
//   emoji(params) {
//     return this.check(_emoji2(ZodEmoji, params));
//   },
//   guid(params) {
//     return this.check(_guid(ZodGUID, params));
//   },
//   uuid(params) {
//     return this.check(_uuid(ZodUUID, params));
//   },
//   uuidv4(params) {
//     return this.check(_uuidv4(ZodUUID, params));
//   },
//   uuidv6(params) {
//     return this.check(_uuidv6(ZodUUID, params));
//   },
//   uuidv7(params) {
//     return this.check(_uuidv7(ZodUUID, params));
//   },
//   nanoid(params) {
//     return this.check(_nanoid(ZodNanoID, params));
//   },
//   cuid(params) {
//     return this.check(_cuid(ZodCUID, params));
//   },
//   cuid2(params) {
//     return this.check(_cuid2(ZodCUID2, params));
//   },
//   ulid(params) {
//     return this.check(_ulid(ZodULID, params));
//   },
//   base64(params) {
//     return this.check(_base64(ZodBase64, params));
//   },
//   base64url(params) {
//     return this.check(_base64url(ZodBase64URL, params));
//   },
//   xid(params) {
//     return this.check(_xid(ZodXID, params));
//   },
//   ksuid(params) {
//     return this.check(_ksuid(ZodKSUID, params));
//   },
//   ipv4(params) {
//     return this.check(_ipv4(ZodIPv4, params));
//   },
//   ipv6(params) {
//     return this.check(_ipv6(ZodIPv6, params));
//   },
//   cidrv4(params) {
//     return this.check(_cidrv4(ZodCIDRv4, params));
//   },
//   cidrv6(params) {
//     return this.check(_cidrv6(ZodCIDRv6, params));
//   },
//   e164(params) {
//     return this.check(_e164(ZodE164, params));
//   },
//   datetime(params) {
//     return this.check(_isoDateTime(ZodISODateTime, params));
//   },
//   date(params) {
//     return this.check(_isoDate(ZodISODate, params));
//   },
//   time(params) {
//     return this.check(_isoTime(ZodISOTime, params));
//   },
//   duration(params) {
//     return this.check(_isoDuration(ZodISODuration, params));
//   }
// });
// function string2(params) {
//   return _string(ZodString, params);
// }
// var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
//   $ZodStringFormat.init(inst, def);
//   _ZodString.init(inst, def);
// });
// var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
//   $ZodISODateTime.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
//   $ZodISODate.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
//   $ZodISOTime.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
//   $ZodISODuration.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
//   $ZodEmail.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
//   $ZodGUID.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
//   $ZodUUID.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
//   $ZodURL.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
//   $ZodEmoji.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
//   $ZodNanoID.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
//   $ZodCUID.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
//   $ZodCUID2.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
//   $ZodULID.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
//   $ZodXID.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
//   $ZodKSUID.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
//   $ZodIPv4.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
//   $ZodIPv6.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
//   $ZodCIDRv4.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
//   $ZodCIDRv6.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
//   $ZodBase64.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
//   $ZodBase64URL.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
//   $ZodE164.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
//   $ZodJWT.init(inst, def);
//   ZodStringFormat.init(inst, def);
// });
// var ZodNumber = /* @__PURE__ */ $constructor(
//   "ZodNumber",
//   (inst, def) => {
//     $ZodNumber.init(inst, def);
//     ZodType.init(inst, def);
//     inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
//     inst.isFinite = true;
//   },
//   /* @__PURE__ */ util_exports.derived({
//     minValue: (inst) => {
//       const { minimum, exclusiveMinimum } = aggregateChecks(inst);
//       return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
//     },
//     maxValue: (inst) => {
//       const { maximum, exclusiveMaximum } = aggregateChecks(inst);
//       return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
//     },
//     isInt: (inst) => {
//       const { isInt, multipleOf } = aggregateChecks(inst);
//       return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
//     },
//     format: (inst) => aggregateChecks(inst).format ?? null
//   }, {
//     gt(value, params) {
//       return this.check(_gt(value, params));
//     },
//     gte(value, params) {
//       return this.check(_gte(value, params));
//     },
//     min(value, params) {
//       return this.check(_gte(value, params));
//     },
//     lt(value, params) {
//       return this.check(_lt(value, params));
//     },
//     lte(value, params) {
//       return this.check(_lte(value, params));
//     },
//     max(value, params) {
//       return this.check(_lte(value, params));
//     },
//     int(params) {
//       return this.check(int(params));
//     },
//     safe(params) {
//       return this.check(int(params));
//     },
//     positive(params) {
//       return this.check(_gt(0, params));
//     },
//     nonnegative(params) {
//       return this.check(_gte(0, params));
//     },
//     negative(params) {
//       return this.check(_lt(0, params));
//     },
//     nonpositive(params) {
//       return this.check(_lte(0, params));
//     },
//     multipleOf(value, params) {
//       return this.check(_multipleOf(value, params));
//     },
//     step(value, params) {
//       return this.check(_multipleOf(value, params));
//     },
//     finite() {
//       return this;
//     }
//   })
// );
// function number2(params) {
//   return _number(ZodNumber, params);
// }
// var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
//   $ZodNumberFormat.init(inst, def);
//   ZodNumber.init(inst, def);
// });
// function int(params) {
//   return _int(ZodNumberFormat, params);
// }
// var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
//   $ZodBoolean.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
// });
// function boolean2(params) {
//   return _boolean(ZodBoolean, params);
// }
// var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
//   $ZodUnknown.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
// });
// function unknown() {
//   return _unknown(ZodUnknown);
// }
// var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
//   $ZodNever.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
// });
// function never(params) {
//   return _never(ZodNever, params);
// }
// var ZodDate = /* @__PURE__ */ $constructor(
//   "ZodDate",
//   (inst, def) => {
//     $ZodDate.init(inst, def);
//     ZodType.init(inst, def);
//     inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
//     inst.min = (value, params) => inst.check(_gte(value, params));
//     inst.max = (value, params) => inst.check(_lte(value, params));
//   },
//   /* @__PURE__ */ util_exports.derived({
//     minDate: (inst) => {
//       const { minimum } = aggregateChecks(inst);
//       return minimum ? new Date(minimum) : null;
//     },
//     maxDate: (inst) => {
//       const { maximum } = aggregateChecks(inst);
//       return maximum ? new Date(maximum) : null;
//     }
//   }, {})
// );
// function date2(params) {
//   return _date(ZodDate, params);
// }
// var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
//   _ensureDefaultMemoizer();
//   $ZodArray.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
//   inst.element = def.element;
// }, {
//   min(n, params) {
//     return this.check(_minLength(n, params));
//   },
//   nonempty(params) {
//     return this.check(_minLength(1, params));
//   },
//   max(n, params) {
//     return this.check(_maxLength(n, params));
//   },
//   length(n, params) {
//     return this.check(_length(n, params));
//   },
//   unwrap() {
//     return this.element;
//   }
// });
// function array(element, params) {
//   return _array(ZodArray, element, params);
// }
// var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
//   _ensureDefaultMemoizer();
//   $ZodObjectJIT.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
//   util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
// }, {
//   keyof() {
//     return _enum(Object.keys(this._zod.def.shape));
//   },
//   catchall(catchall) {
//     return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
//   },
//   passthrough() {
//     return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
//   },
//   loose() {
//     return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
//   },
//   strict() {
//     return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
//   },
//   strip() {
//     return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
//   },
//   extend(incoming) {
//     return util_exports.extend(this, incoming);
//   },
//   safeExtend(incoming) {
//     return util_exports.safeExtend(this, incoming);
//   },
//   merge(other) {
//     return util_exports.merge(this, other);
//   },
//   pick(mask) {
//     return util_exports.pick(this, mask);
//   },
//   omit(mask) {
//     return util_exports.omit(this, mask);
//   },
//   partial(...args) {
//     return util_exports.partial(ZodOptional, this, args[0]);
//   },
//   exactPartial(...args) {
//     return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
//   },
//   required(...args) {
//     return util_exports.required(ZodNonOptional, this, args[0]);
//   }
// });
// function strictObject(shape, params) {
//   return new ZodObject({
//     type: "object",
//     shape,
//     catchall: never(),
//     ...util_exports.normalizeParams(params)
//   });
// }
// function looseObject(shape, params) {
//   return new ZodObject({
//     type: "object",
//     shape,
//     catchall: unknown(),
//     ...util_exports.normalizeParams(params)
//   });
// }
// var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
//   $ZodUnion.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
//   inst.options = def.options;
// });
// function union(options, params) {
//   return new ZodUnion({
//     type: "union",
//     options,
//     ...util_exports.normalizeParams(params)
//   });
// }
// var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
//   $ZodIntersection.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
// });
// function intersection(left, right) {
//   return new ZodIntersection({
//     type: "intersection",
//     left,
//     right
//   });
// }
// var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
//   _ensureDefaultMemoizer();
//   $ZodRecord.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
//   inst.keyType = def.keyType;
//   inst.valueType = def.valueType;
// });
// function record(keyType, valueType, params) {
//   if (!valueType || !valueType._zod) {
//     return new ZodRecord({
//       type: "record",
//       keyType: string2(),
//       valueType: keyType,
//       ...util_exports.normalizeParams(valueType)
//     });
//   }
//   return new ZodRecord({
//     type: "record",
//     keyType,
//     valueType,
//     ...util_exports.normalizeParams(params)
//   });
// }
// var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
//   $ZodEnum.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
//   inst.enum = def.entries;
//   inst.options = [...inst._zod.values];
//   const keys = new Set(Object.keys(def.entries));
//   inst.extract = (values, params) => {
//     const newEntries = {};
//     for (const value of values) {
//       if (keys.has(value)) {
//         newEntries[value] = def.entries[value];
//       } else
//         throw new Error(`Key ${value} not found in enum`);
//     }
//     return new ZodEnum({
//       ...def,
//       checks: [],
//       ...util_exports.normalizeParams(params),
//       entries: newEntries
//     });
//   };
//   inst.exclude = (values, params) => {
//     const newEntries = { ...def.entries };
//     for (const value of values) {
//       if (keys.has(value)) {
//         delete newEntries[value];
//       } else
//         throw new Error(`Key ${value} not found in enum`);
//     }
//     return new ZodEnum({
//       ...def,
//       checks: [],
//       ...util_exports.normalizeParams(params),
//       entries: newEntries
//     });
//   };
// });
// function _enum(values, params) {
//   const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
//   return new ZodEnum({
//     type: "enum",
//     entries,
//     ...util_exports.normalizeParams(params)
//   });
// }
// var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
//   $ZodLiteral.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
//   inst.values = new Set(def.values);
//   Object.defineProperty(inst, "value", {
//     get() {
//       if (def.values.length > 1) {
//         throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
//       }
//       return def.values[0];
//     }
//   });
// });
// function literal(value, params) {
//   return new ZodLiteral({
//     type: "literal",
//     values: Array.isArray(value) ? value : [value],
//     ...util_exports.normalizeParams(params)
//   });
// }
// var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
//   _ensureDefaultMemoizer();
//   $ZodTransform.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
//   inst._zod.parse = (payload, _ctx) => {
//     if (_ctx.direction === "backward") {
//       throw new $ZodEncodeError(inst.constructor.name);
//     }
//     payload.addIssue = (issue2) => {
//       if (typeof issue2 === "string") {
//         payload.issues.push(util_exports.issue(issue2, payload.value, def));
//       } else {
//         const _issue = issue2;
//         if (_issue.fatal)
//           _issue.continue = false;
//         _issue.code ?? (_issue.code = "custom");
//         if (!("input" in _issue))
//           _issue.input = payload.value;
//         _issue.inst ?? (_issue.inst = inst);
//         payload.issues.push(util_exports.issue(_issue));
//       }
//     };
//     const output2 = def.transform(payload.value, payload);
//     if (output2 instanceof Promise) {
//       return output2.then((output3) => {
//         payload.value = output3;
//         return payload;
//       });
//     }
//     payload.value = output2;
//     return payload;
//   };
// });
// function transform(fn) {
//   return new ZodTransform({
//     type: "transform",
//     transform: fn
//   });
// }
// var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
//   $ZodOptional.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
//   inst.unwrap = () => inst._zod.def.innerType;
// });
// function optional(innerType) {
//   return new ZodOptional({
//     type: "optional",
//     innerType
//   });
// }
// var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
//   $ZodExactOptional.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
//   inst.unwrap = () => inst._zod.def.innerType;
// });
// function exactOptional(innerType) {
//   return new ZodExactOptional({
//     type: "optional",
//     innerType
//   });
// }
// var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
//   $ZodNullable.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
//   inst.unwrap = () => inst._zod.def.innerType;
// });
// function nullable(innerType) {
//   return new ZodNullable({
//     type: "nullable",
//     innerType
//   });
// }
// var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
//   $ZodDefault.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
//   inst.unwrap = () => inst._zod.def.innerType;
//   inst.removeDefault = inst.unwrap;
// });
// function _default(innerType, defaultValue) {
//   return new ZodDefault({
//     type: "default",
//     innerType,
//     get defaultValue() {
//       return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
//     }
//   });
// }
// var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
//   $ZodPrefault.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
//   inst.unwrap = () => inst._zod.def.innerType;
// });
// function prefault(innerType, defaultValue) {
//   return new ZodPrefault({
//     type: "prefault",
//     innerType,
//     get defaultValue() {
//       return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
//     }
//   });
// }
// var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
//   $ZodNonOptional.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
//   inst.unwrap = () => inst._zod.def.innerType;
// });
// function nonoptional(innerType, params) {
//   return new ZodNonOptional({
//     type: "nonoptional",
//     innerType,
//     ...util_exports.normalizeParams(params)
//   });
// }
// var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
//   $ZodCatch.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
//   inst.unwrap = () => inst._zod.def.innerType;
//   inst.removeCatch = inst.unwrap;
// });
// function _catch(innerType, catchValue) {
//   return new ZodCatch({
//     type: "catch",
//     innerType,
//     catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
//   });
// }
// var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
//   $ZodPipe.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
//   inst.in = def.in;
//   inst.out = def.out;
// });
// function pipe(in_, out) {
//   return new ZodPipe({
//     type: "pipe",
//     in: in_,
//     out
//     // ...util.normalizeParams(params),
//   });
// }
// var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
//   $ZodReadonly.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
//   inst.unwrap = () => inst._zod.def.innerType;
// });
// function readonly(innerType) {
//   return new ZodReadonly({
//     type: "readonly",
//     innerType
//   });
// }
// var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
//   $ZodCustom.init(inst, def);
//   ZodType.init(inst, def);
//   inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
// });
// function refine(fn, _params = {}) {
//   return _refine(ZodCustom, fn, _params);
// }
// function superRefine(fn, params) {
//   return _superRefine(fn, params);
// }
// 
// // node_modules/zod/v4/core/visit.js
// var RESOLVING = /* @__PURE__ */ Symbol("z.visit/resolving");
// function visit(schema, fnOrHandlers) {
//   const fn = typeof fnOrHandlers === "function" ? fnOrHandlers : (node2, rewritten) => {
//     const h = fnOrHandlers[node2._zod.def.type];
//     return h ? h(node2, rewritten) : node2;
//   };
//   const cache = /* @__PURE__ */ new Map();
//   function run(s) {
//     const cached2 = cache.get(s);
//     if (cached2 === RESOLVING) {
//       return new $ZodLazy({
//         type: "lazy",
//         getter: () => cache.get(s)
//       });
//     }
//     if (cached2 !== void 0)
//       return cached2;
//     cache.set(s, RESOLVING);
//     const inner = mapInner(s);
//     const mapped = fn(inner, inner !== s);
//     cache.set(s, mapped);
//     return mapped;
//   }
//   function mapInner(s) {
//     const def = s._zod.def;
//     const kind = def.type;
//     switch (kind) {
//       case "object": {
//         const oldShape = def.shape;
//         const keys = Object.keys(oldShape);
//         let changed = false;
//         const newShape = {};
//         for (const k of keys) {
//           const mapped = run(oldShape[k]);
//           if (mapped !== oldShape[k])
//             changed = true;
//           newShape[k] = mapped;
//         }
//         let newCatchall = def.catchall;
//         if (def.catchall) {
//           newCatchall = run(def.catchall);
//           if (newCatchall !== def.catchall)
//             changed = true;
//         }
//         return changed ? clone(s, { ...def, shape: newShape, catchall: newCatchall }) : s;
//       }
//       case "array": {
//         const mapped = run(def.element);
//         return mapped === def.element ? s : clone(s, { ...def, element: mapped });
//       }
//       case "tuple": {
//         const oldItems = def.items;
//         let changed = false;
//         const newItems = [];
//         for (const item of oldItems) {
//           const mapped = run(item);
//           if (mapped !== item)
//             changed = true;
//           newItems.push(mapped);
//         }
//         let newRest = def.rest;
//         if (def.rest) {
//           newRest = run(def.rest);
//           if (newRest !== def.rest)
//             changed = true;
//         }
//         return changed ? clone(s, { ...def, items: newItems, rest: newRest }) : s;
//       }
//       case "record":
//       case "map": {
//         const newKey = run(def.keyType);
//         const newVal = run(def.valueType);
//         return newKey === def.keyType && newVal === def.valueType ? s : clone(s, { ...def, keyType: newKey, valueType: newVal });
//       }
//       case "set": {
//         const newVal = run(def.valueType);
//         return newVal === def.valueType ? s : clone(s, { ...def, valueType: newVal });
//       }
//       case "union": {
//         const oldOptions = def.options;
//         let changed = false;
//         const newOptions = [];
//         for (const opt of oldOptions) {
//           const mapped = run(opt);
//           if (mapped !== opt)
//             changed = true;
//           newOptions.push(mapped);
//         }
//         return changed ? clone(s, { ...def, options: newOptions }) : s;
//       }
//       case "intersection": {
//         const newLeft = run(def.left);
//         const newRight = run(def.right);
//         return newLeft === def.left && newRight === def.right ? s : clone(s, { ...def, left: newLeft, right: newRight });
//       }
//       case "optional":
//       case "nullable":
//       case "default":
//       case "prefault":
//       case "catch":
//       case "readonly":
//       case "nonoptional":
//       case "promise":
//       case "success": {
//         const newInner = run(def.innerType);
//         return newInner === def.innerType ? s : clone(s, { ...def, innerType: newInner });
//       }
//       case "pipe": {
//         const newIn = run(def.in);
//         const newOut = run(def.out);
//         return newIn === def.in && newOut === def.out ? s : clone(s, { ...def, in: newIn, out: newOut });
//       }
//       case "function": {
//         const newInput = run(def.input);
//         const newOutput = run(def.output);
//         return newInput === def.input && newOutput === def.output ? s : clone(s, { ...def, input: newInput, output: newOutput });
//       }
//       case "lazy": {
//         const original = def.getter;
//         const { _cachedInner, ...rest } = def;
//         return clone(s, { ...rest, getter: () => run(original()) });
//       }
//       // A leaf by choice: `parts` are regex fragments, not data positions.
//       case "template_literal":
//       // Leaves.
//       case "string":
//       case "number":
//       case "int":
//       case "boolean":
//       case "bigint":
//       case "symbol":
//       case "undefined":
//       case "null":
//       case "void":
//       case "never":
//       case "any":
//       case "unknown":
//       case "date":
//       case "nan":
//       case "enum":
//       case "literal":
//       case "file":
//       case "transform":
//       case "custom":
//         return s;
//       default: {
//         kind;
//         return s;
//       }
//     }
//   }
//   return run(schema);
// }
// 
// // node_modules/zod/v4/classic/in-out.js
// function withChecks(side, checks) {
//   if (!checks?.length)
//     return side;
//   const def = side._zod.def;
//   return clone(side, mergeDefs(def, { checks: [...def.checks ?? [], ...checks] }), { parent: true });
// }
// function outSide(def) {
//   return withChecks(def.out, def.checks);
// }
// function output(schema) {
//   return visit(schema, {
//     pipe: (s) => outSide(s._zod.def),
//     // A prefault value is fed through the schema, which makes it input-side, so a rewritten inner type leaves it stranded.
//     prefault: (s, rewritten) => rewritten ? s._zod.def.innerType : s
//   });
// }
// // Annotate the CommonJS export names for ESM import in node:
// 0 && (module.exports = {
//   NEVER,
//   ZodError,
//   ZodType,
//   array,
//   boolean,
//   date,
//   enum: null,
//   literal,
//   looseObject,
//   number,
//   output,
//   record,
//   strictObject,
//   string,
//   union,
//   unknown
// });
// gantry-embedded-end zod
