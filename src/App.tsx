// Placeholder page: the lead replaces this with the simulator.
export function App() {
  return (
    <main>
      <h1>SMM Loop</h1>
      <p>Simulator coming soon.</p>
    </main>
  );
}
