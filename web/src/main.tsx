import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createConfig, http, WagmiProvider } from "wagmi";
import { injected } from "wagmi/connectors";

import { App } from "./App";
import { loadDeployment } from "./deployment";
import { errorText, loadSdk } from "./sdk";
import "./styles.css";

const root = createRoot(document.getElementById("root")!);

async function start() {
  // The deployment names the chain the wallet must be on; the SDK module loads beside it.
  const [loaded] = await Promise.all([loadDeployment(), loadSdk()]);
  const config = createConfig({
    chains: [loaded.chain],
    // Wallets announce themselves (EIP-6963); `injected()` also covers a lone window.ethereum.
    multiInjectedProviderDiscovery: true,
    connectors: [injected()],
    transports: { [loaded.chain.id]: http(loaded.deployment.endpoints.rpcUrl) },
  });
  const queryClient = new QueryClient();
  root.render(
    <StrictMode>
      <WagmiProvider config={config}>
        <QueryClientProvider client={queryClient}>
          <App loaded={loaded} />
        </QueryClientProvider>
      </WagmiProvider>
    </StrictMode>,
  );
}

start().catch((e) => {
  root.render(
    <main className="page">
      <h1>medvault</h1>
      <div role="alert" className="error">
        <strong>The page cannot start.</strong> {errorText(e)}
      </div>
    </main>,
  );
});
