/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.Scenario;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.ScenarioImpl#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.impl.ScenarioImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link ssiplan.model.impl.ScenarioImpl#getCluster <em>Cluster</em>}</li>
 *   <li>{@link ssiplan.model.impl.ScenarioImpl#getConcurrentRelocations <em>Concurrent Relocations</em>}</li>
 *   <li>{@link ssiplan.model.impl.ScenarioImpl#getMaxQuiesceSeconds <em>Max Quiesce Seconds</em>}</li>
 *   <li>{@link ssiplan.model.impl.ScenarioImpl#getMaxTotalSeconds <em>Max Total Seconds</em>}</li>
 *   <li>{@link ssiplan.model.impl.ScenarioImpl#isImmediate <em>Immediate</em>}</li>
 *   <li>{@link ssiplan.model.impl.ScenarioImpl#getMemoryOvercommitLimit <em>Memory Overcommit Limit</em>}</li>
 *   <li>{@link ssiplan.model.impl.ScenarioImpl#getCpuOvercommitLimit <em>Cpu Overcommit Limit</em>}</li>
 *   <li>{@link ssiplan.model.impl.ScenarioImpl#getIplSeconds <em>Ipl Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ScenarioImpl extends EObjectImpl implements Scenario {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCluster() <em>Cluster</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCluster()
	 * @generated
	 * @ordered
	 */
	protected SsiCluster cluster;

	/**
	 * The default value of the '{@link #getConcurrentRelocations() <em>Concurrent Relocations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcurrentRelocations()
	 * @generated
	 * @ordered
	 */
	protected static final int CONCURRENT_RELOCATIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getConcurrentRelocations() <em>Concurrent Relocations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcurrentRelocations()
	 * @generated
	 * @ordered
	 */
	protected int concurrentRelocations = CONCURRENT_RELOCATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxQuiesceSeconds() <em>Max Quiesce Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxQuiesceSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_QUIESCE_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxQuiesceSeconds() <em>Max Quiesce Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxQuiesceSeconds()
	 * @generated
	 * @ordered
	 */
	protected double maxQuiesceSeconds = MAX_QUIESCE_SECONDS_EDEFAULT;

	/**
	 * This is true if the Max Quiesce Seconds attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maxQuiesceSecondsESet;

	/**
	 * The default value of the '{@link #getMaxTotalSeconds() <em>Max Total Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTotalSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_TOTAL_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxTotalSeconds() <em>Max Total Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTotalSeconds()
	 * @generated
	 * @ordered
	 */
	protected double maxTotalSeconds = MAX_TOTAL_SECONDS_EDEFAULT;

	/**
	 * This is true if the Max Total Seconds attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maxTotalSecondsESet;

	/**
	 * The default value of the '{@link #isImmediate() <em>Immediate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isImmediate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IMMEDIATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isImmediate() <em>Immediate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isImmediate()
	 * @generated
	 * @ordered
	 */
	protected boolean immediate = IMMEDIATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryOvercommitLimit() <em>Memory Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryOvercommitLimit()
	 * @generated
	 * @ordered
	 */
	protected static final double MEMORY_OVERCOMMIT_LIMIT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMemoryOvercommitLimit() <em>Memory Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryOvercommitLimit()
	 * @generated
	 * @ordered
	 */
	protected double memoryOvercommitLimit = MEMORY_OVERCOMMIT_LIMIT_EDEFAULT;

	/**
	 * This is true if the Memory Overcommit Limit attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean memoryOvercommitLimitESet;

	/**
	 * The default value of the '{@link #getCpuOvercommitLimit() <em>Cpu Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuOvercommitLimit()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_OVERCOMMIT_LIMIT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCpuOvercommitLimit() <em>Cpu Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuOvercommitLimit()
	 * @generated
	 * @ordered
	 */
	protected double cpuOvercommitLimit = CPU_OVERCOMMIT_LIMIT_EDEFAULT;

	/**
	 * This is true if the Cpu Overcommit Limit attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean cpuOvercommitLimitESet;

	/**
	 * The default value of the '{@link #getIplSeconds() <em>Ipl Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIplSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double IPL_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getIplSeconds() <em>Ipl Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIplSeconds()
	 * @generated
	 * @ordered
	 */
	protected double iplSeconds = IPL_SECONDS_EDEFAULT;

	/**
	 * This is true if the Ipl Seconds attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean iplSecondsESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SCENARIO__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SCENARIO__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SsiCluster getCluster() {
		if (cluster != null && cluster.eIsProxy()) {
			InternalEObject oldCluster = (InternalEObject)cluster;
			cluster = (SsiCluster)eResolveProxy(oldCluster);
			if (cluster != oldCluster) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.SCENARIO__CLUSTER, oldCluster, cluster));
			}
		}
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SsiCluster basicGetCluster() {
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCluster(SsiCluster newCluster) {
		SsiCluster oldCluster = cluster;
		cluster = newCluster;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SCENARIO__CLUSTER, oldCluster, cluster));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getConcurrentRelocations() {
		return concurrentRelocations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConcurrentRelocations(int newConcurrentRelocations) {
		int oldConcurrentRelocations = concurrentRelocations;
		concurrentRelocations = newConcurrentRelocations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SCENARIO__CONCURRENT_RELOCATIONS, oldConcurrentRelocations, concurrentRelocations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxQuiesceSeconds() {
		return maxQuiesceSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxQuiesceSeconds(double newMaxQuiesceSeconds) {
		double oldMaxQuiesceSeconds = maxQuiesceSeconds;
		maxQuiesceSeconds = newMaxQuiesceSeconds;
		boolean oldMaxQuiesceSecondsESet = maxQuiesceSecondsESet;
		maxQuiesceSecondsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SCENARIO__MAX_QUIESCE_SECONDS, oldMaxQuiesceSeconds, maxQuiesceSeconds, !oldMaxQuiesceSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMaxQuiesceSeconds() {
		double oldMaxQuiesceSeconds = maxQuiesceSeconds;
		boolean oldMaxQuiesceSecondsESet = maxQuiesceSecondsESet;
		maxQuiesceSeconds = MAX_QUIESCE_SECONDS_EDEFAULT;
		maxQuiesceSecondsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SsiplanPackage.SCENARIO__MAX_QUIESCE_SECONDS, oldMaxQuiesceSeconds, MAX_QUIESCE_SECONDS_EDEFAULT, oldMaxQuiesceSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMaxQuiesceSeconds() {
		return maxQuiesceSecondsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxTotalSeconds() {
		return maxTotalSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxTotalSeconds(double newMaxTotalSeconds) {
		double oldMaxTotalSeconds = maxTotalSeconds;
		maxTotalSeconds = newMaxTotalSeconds;
		boolean oldMaxTotalSecondsESet = maxTotalSecondsESet;
		maxTotalSecondsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SCENARIO__MAX_TOTAL_SECONDS, oldMaxTotalSeconds, maxTotalSeconds, !oldMaxTotalSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMaxTotalSeconds() {
		double oldMaxTotalSeconds = maxTotalSeconds;
		boolean oldMaxTotalSecondsESet = maxTotalSecondsESet;
		maxTotalSeconds = MAX_TOTAL_SECONDS_EDEFAULT;
		maxTotalSecondsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SsiplanPackage.SCENARIO__MAX_TOTAL_SECONDS, oldMaxTotalSeconds, MAX_TOTAL_SECONDS_EDEFAULT, oldMaxTotalSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMaxTotalSeconds() {
		return maxTotalSecondsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isImmediate() {
		return immediate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImmediate(boolean newImmediate) {
		boolean oldImmediate = immediate;
		immediate = newImmediate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SCENARIO__IMMEDIATE, oldImmediate, immediate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMemoryOvercommitLimit() {
		return memoryOvercommitLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryOvercommitLimit(double newMemoryOvercommitLimit) {
		double oldMemoryOvercommitLimit = memoryOvercommitLimit;
		memoryOvercommitLimit = newMemoryOvercommitLimit;
		boolean oldMemoryOvercommitLimitESet = memoryOvercommitLimitESet;
		memoryOvercommitLimitESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SCENARIO__MEMORY_OVERCOMMIT_LIMIT, oldMemoryOvercommitLimit, memoryOvercommitLimit, !oldMemoryOvercommitLimitESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMemoryOvercommitLimit() {
		double oldMemoryOvercommitLimit = memoryOvercommitLimit;
		boolean oldMemoryOvercommitLimitESet = memoryOvercommitLimitESet;
		memoryOvercommitLimit = MEMORY_OVERCOMMIT_LIMIT_EDEFAULT;
		memoryOvercommitLimitESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SsiplanPackage.SCENARIO__MEMORY_OVERCOMMIT_LIMIT, oldMemoryOvercommitLimit, MEMORY_OVERCOMMIT_LIMIT_EDEFAULT, oldMemoryOvercommitLimitESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMemoryOvercommitLimit() {
		return memoryOvercommitLimitESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpuOvercommitLimit() {
		return cpuOvercommitLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuOvercommitLimit(double newCpuOvercommitLimit) {
		double oldCpuOvercommitLimit = cpuOvercommitLimit;
		cpuOvercommitLimit = newCpuOvercommitLimit;
		boolean oldCpuOvercommitLimitESet = cpuOvercommitLimitESet;
		cpuOvercommitLimitESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SCENARIO__CPU_OVERCOMMIT_LIMIT, oldCpuOvercommitLimit, cpuOvercommitLimit, !oldCpuOvercommitLimitESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCpuOvercommitLimit() {
		double oldCpuOvercommitLimit = cpuOvercommitLimit;
		boolean oldCpuOvercommitLimitESet = cpuOvercommitLimitESet;
		cpuOvercommitLimit = CPU_OVERCOMMIT_LIMIT_EDEFAULT;
		cpuOvercommitLimitESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SsiplanPackage.SCENARIO__CPU_OVERCOMMIT_LIMIT, oldCpuOvercommitLimit, CPU_OVERCOMMIT_LIMIT_EDEFAULT, oldCpuOvercommitLimitESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCpuOvercommitLimit() {
		return cpuOvercommitLimitESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIplSeconds() {
		return iplSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIplSeconds(double newIplSeconds) {
		double oldIplSeconds = iplSeconds;
		iplSeconds = newIplSeconds;
		boolean oldIplSecondsESet = iplSecondsESet;
		iplSecondsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SCENARIO__IPL_SECONDS, oldIplSeconds, iplSeconds, !oldIplSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIplSeconds() {
		double oldIplSeconds = iplSeconds;
		boolean oldIplSecondsESet = iplSecondsESet;
		iplSeconds = IPL_SECONDS_EDEFAULT;
		iplSecondsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SsiplanPackage.SCENARIO__IPL_SECONDS, oldIplSeconds, IPL_SECONDS_EDEFAULT, oldIplSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIplSeconds() {
		return iplSecondsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.SCENARIO__NAME:
				return getName();
			case SsiplanPackage.SCENARIO__DESCRIPTION:
				return getDescription();
			case SsiplanPackage.SCENARIO__CLUSTER:
				if (resolve) return getCluster();
				return basicGetCluster();
			case SsiplanPackage.SCENARIO__CONCURRENT_RELOCATIONS:
				return getConcurrentRelocations();
			case SsiplanPackage.SCENARIO__MAX_QUIESCE_SECONDS:
				return getMaxQuiesceSeconds();
			case SsiplanPackage.SCENARIO__MAX_TOTAL_SECONDS:
				return getMaxTotalSeconds();
			case SsiplanPackage.SCENARIO__IMMEDIATE:
				return isImmediate();
			case SsiplanPackage.SCENARIO__MEMORY_OVERCOMMIT_LIMIT:
				return getMemoryOvercommitLimit();
			case SsiplanPackage.SCENARIO__CPU_OVERCOMMIT_LIMIT:
				return getCpuOvercommitLimit();
			case SsiplanPackage.SCENARIO__IPL_SECONDS:
				return getIplSeconds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.SCENARIO__NAME:
				setName((String)newValue);
				return;
			case SsiplanPackage.SCENARIO__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SsiplanPackage.SCENARIO__CLUSTER:
				setCluster((SsiCluster)newValue);
				return;
			case SsiplanPackage.SCENARIO__CONCURRENT_RELOCATIONS:
				setConcurrentRelocations((Integer)newValue);
				return;
			case SsiplanPackage.SCENARIO__MAX_QUIESCE_SECONDS:
				setMaxQuiesceSeconds((Double)newValue);
				return;
			case SsiplanPackage.SCENARIO__MAX_TOTAL_SECONDS:
				setMaxTotalSeconds((Double)newValue);
				return;
			case SsiplanPackage.SCENARIO__IMMEDIATE:
				setImmediate((Boolean)newValue);
				return;
			case SsiplanPackage.SCENARIO__MEMORY_OVERCOMMIT_LIMIT:
				setMemoryOvercommitLimit((Double)newValue);
				return;
			case SsiplanPackage.SCENARIO__CPU_OVERCOMMIT_LIMIT:
				setCpuOvercommitLimit((Double)newValue);
				return;
			case SsiplanPackage.SCENARIO__IPL_SECONDS:
				setIplSeconds((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.SCENARIO__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SsiplanPackage.SCENARIO__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SsiplanPackage.SCENARIO__CLUSTER:
				setCluster((SsiCluster)null);
				return;
			case SsiplanPackage.SCENARIO__CONCURRENT_RELOCATIONS:
				setConcurrentRelocations(CONCURRENT_RELOCATIONS_EDEFAULT);
				return;
			case SsiplanPackage.SCENARIO__MAX_QUIESCE_SECONDS:
				unsetMaxQuiesceSeconds();
				return;
			case SsiplanPackage.SCENARIO__MAX_TOTAL_SECONDS:
				unsetMaxTotalSeconds();
				return;
			case SsiplanPackage.SCENARIO__IMMEDIATE:
				setImmediate(IMMEDIATE_EDEFAULT);
				return;
			case SsiplanPackage.SCENARIO__MEMORY_OVERCOMMIT_LIMIT:
				unsetMemoryOvercommitLimit();
				return;
			case SsiplanPackage.SCENARIO__CPU_OVERCOMMIT_LIMIT:
				unsetCpuOvercommitLimit();
				return;
			case SsiplanPackage.SCENARIO__IPL_SECONDS:
				unsetIplSeconds();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.SCENARIO__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SsiplanPackage.SCENARIO__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SsiplanPackage.SCENARIO__CLUSTER:
				return cluster != null;
			case SsiplanPackage.SCENARIO__CONCURRENT_RELOCATIONS:
				return concurrentRelocations != CONCURRENT_RELOCATIONS_EDEFAULT;
			case SsiplanPackage.SCENARIO__MAX_QUIESCE_SECONDS:
				return isSetMaxQuiesceSeconds();
			case SsiplanPackage.SCENARIO__MAX_TOTAL_SECONDS:
				return isSetMaxTotalSeconds();
			case SsiplanPackage.SCENARIO__IMMEDIATE:
				return immediate != IMMEDIATE_EDEFAULT;
			case SsiplanPackage.SCENARIO__MEMORY_OVERCOMMIT_LIMIT:
				return isSetMemoryOvercommitLimit();
			case SsiplanPackage.SCENARIO__CPU_OVERCOMMIT_LIMIT:
				return isSetCpuOvercommitLimit();
			case SsiplanPackage.SCENARIO__IPL_SECONDS:
				return isSetIplSeconds();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", concurrentRelocations: ");
		result.append(concurrentRelocations);
		result.append(", maxQuiesceSeconds: ");
		if (maxQuiesceSecondsESet) result.append(maxQuiesceSeconds); else result.append("<unset>");
		result.append(", maxTotalSeconds: ");
		if (maxTotalSecondsESet) result.append(maxTotalSeconds); else result.append("<unset>");
		result.append(", immediate: ");
		result.append(immediate);
		result.append(", memoryOvercommitLimit: ");
		if (memoryOvercommitLimitESet) result.append(memoryOvercommitLimit); else result.append("<unset>");
		result.append(", cpuOvercommitLimit: ");
		if (cpuOvercommitLimitESet) result.append(cpuOvercommitLimit); else result.append("<unset>");
		result.append(", iplSeconds: ");
		if (iplSecondsESet) result.append(iplSeconds); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
