/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.SsiplanPackage;
import ssiplan.model.WorkloadProfile;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workload Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.WorkloadProfileImpl#getTouchedStorageMiB <em>Touched Storage Mi B</em>}</li>
 *   <li>{@link ssiplan.model.impl.WorkloadProfileImpl#getDirtyPagesPerSecond <em>Dirty Pages Per Second</em>}</li>
 *   <li>{@link ssiplan.model.impl.WorkloadProfileImpl#getWritableWorkingSetMiB <em>Writable Working Set Mi B</em>}</li>
 *   <li>{@link ssiplan.model.impl.WorkloadProfileImpl#getCpuDemand <em>Cpu Demand</em>}</li>
 *   <li>{@link ssiplan.model.impl.WorkloadProfileImpl#getStateTransferSeconds <em>State Transfer Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkloadProfileImpl extends EObjectImpl implements WorkloadProfile {
	/**
	 * The default value of the '{@link #getTouchedStorageMiB() <em>Touched Storage Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchedStorageMiB()
	 * @generated
	 * @ordered
	 */
	protected static final int TOUCHED_STORAGE_MI_B_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTouchedStorageMiB() <em>Touched Storage Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchedStorageMiB()
	 * @generated
	 * @ordered
	 */
	protected int touchedStorageMiB = TOUCHED_STORAGE_MI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirtyPagesPerSecond() <em>Dirty Pages Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirtyPagesPerSecond()
	 * @generated
	 * @ordered
	 */
	protected static final double DIRTY_PAGES_PER_SECOND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDirtyPagesPerSecond() <em>Dirty Pages Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirtyPagesPerSecond()
	 * @generated
	 * @ordered
	 */
	protected double dirtyPagesPerSecond = DIRTY_PAGES_PER_SECOND_EDEFAULT;

	/**
	 * The default value of the '{@link #getWritableWorkingSetMiB() <em>Writable Working Set Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWritableWorkingSetMiB()
	 * @generated
	 * @ordered
	 */
	protected static final int WRITABLE_WORKING_SET_MI_B_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWritableWorkingSetMiB() <em>Writable Working Set Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWritableWorkingSetMiB()
	 * @generated
	 * @ordered
	 */
	protected int writableWorkingSetMiB = WRITABLE_WORKING_SET_MI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuDemand() <em>Cpu Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuDemand()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_DEMAND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCpuDemand() <em>Cpu Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuDemand()
	 * @generated
	 * @ordered
	 */
	protected double cpuDemand = CPU_DEMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateTransferSeconds() <em>State Transfer Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateTransferSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double STATE_TRANSFER_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStateTransferSeconds() <em>State Transfer Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateTransferSeconds()
	 * @generated
	 * @ordered
	 */
	protected double stateTransferSeconds = STATE_TRANSFER_SECONDS_EDEFAULT;

	/**
	 * This is true if the State Transfer Seconds attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean stateTransferSecondsESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkloadProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.WORKLOAD_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTouchedStorageMiB() {
		return touchedStorageMiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTouchedStorageMiB(int newTouchedStorageMiB) {
		int oldTouchedStorageMiB = touchedStorageMiB;
		touchedStorageMiB = newTouchedStorageMiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.WORKLOAD_PROFILE__TOUCHED_STORAGE_MI_B, oldTouchedStorageMiB, touchedStorageMiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDirtyPagesPerSecond() {
		return dirtyPagesPerSecond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirtyPagesPerSecond(double newDirtyPagesPerSecond) {
		double oldDirtyPagesPerSecond = dirtyPagesPerSecond;
		dirtyPagesPerSecond = newDirtyPagesPerSecond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.WORKLOAD_PROFILE__DIRTY_PAGES_PER_SECOND, oldDirtyPagesPerSecond, dirtyPagesPerSecond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWritableWorkingSetMiB() {
		return writableWorkingSetMiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWritableWorkingSetMiB(int newWritableWorkingSetMiB) {
		int oldWritableWorkingSetMiB = writableWorkingSetMiB;
		writableWorkingSetMiB = newWritableWorkingSetMiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.WORKLOAD_PROFILE__WRITABLE_WORKING_SET_MI_B, oldWritableWorkingSetMiB, writableWorkingSetMiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpuDemand() {
		return cpuDemand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuDemand(double newCpuDemand) {
		double oldCpuDemand = cpuDemand;
		cpuDemand = newCpuDemand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.WORKLOAD_PROFILE__CPU_DEMAND, oldCpuDemand, cpuDemand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStateTransferSeconds() {
		return stateTransferSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateTransferSeconds(double newStateTransferSeconds) {
		double oldStateTransferSeconds = stateTransferSeconds;
		stateTransferSeconds = newStateTransferSeconds;
		boolean oldStateTransferSecondsESet = stateTransferSecondsESet;
		stateTransferSecondsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.WORKLOAD_PROFILE__STATE_TRANSFER_SECONDS, oldStateTransferSeconds, stateTransferSeconds, !oldStateTransferSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStateTransferSeconds() {
		double oldStateTransferSeconds = stateTransferSeconds;
		boolean oldStateTransferSecondsESet = stateTransferSecondsESet;
		stateTransferSeconds = STATE_TRANSFER_SECONDS_EDEFAULT;
		stateTransferSecondsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SsiplanPackage.WORKLOAD_PROFILE__STATE_TRANSFER_SECONDS, oldStateTransferSeconds, STATE_TRANSFER_SECONDS_EDEFAULT, oldStateTransferSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStateTransferSeconds() {
		return stateTransferSecondsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.WORKLOAD_PROFILE__TOUCHED_STORAGE_MI_B:
				return getTouchedStorageMiB();
			case SsiplanPackage.WORKLOAD_PROFILE__DIRTY_PAGES_PER_SECOND:
				return getDirtyPagesPerSecond();
			case SsiplanPackage.WORKLOAD_PROFILE__WRITABLE_WORKING_SET_MI_B:
				return getWritableWorkingSetMiB();
			case SsiplanPackage.WORKLOAD_PROFILE__CPU_DEMAND:
				return getCpuDemand();
			case SsiplanPackage.WORKLOAD_PROFILE__STATE_TRANSFER_SECONDS:
				return getStateTransferSeconds();
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
			case SsiplanPackage.WORKLOAD_PROFILE__TOUCHED_STORAGE_MI_B:
				setTouchedStorageMiB((Integer)newValue);
				return;
			case SsiplanPackage.WORKLOAD_PROFILE__DIRTY_PAGES_PER_SECOND:
				setDirtyPagesPerSecond((Double)newValue);
				return;
			case SsiplanPackage.WORKLOAD_PROFILE__WRITABLE_WORKING_SET_MI_B:
				setWritableWorkingSetMiB((Integer)newValue);
				return;
			case SsiplanPackage.WORKLOAD_PROFILE__CPU_DEMAND:
				setCpuDemand((Double)newValue);
				return;
			case SsiplanPackage.WORKLOAD_PROFILE__STATE_TRANSFER_SECONDS:
				setStateTransferSeconds((Double)newValue);
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
			case SsiplanPackage.WORKLOAD_PROFILE__TOUCHED_STORAGE_MI_B:
				setTouchedStorageMiB(TOUCHED_STORAGE_MI_B_EDEFAULT);
				return;
			case SsiplanPackage.WORKLOAD_PROFILE__DIRTY_PAGES_PER_SECOND:
				setDirtyPagesPerSecond(DIRTY_PAGES_PER_SECOND_EDEFAULT);
				return;
			case SsiplanPackage.WORKLOAD_PROFILE__WRITABLE_WORKING_SET_MI_B:
				setWritableWorkingSetMiB(WRITABLE_WORKING_SET_MI_B_EDEFAULT);
				return;
			case SsiplanPackage.WORKLOAD_PROFILE__CPU_DEMAND:
				setCpuDemand(CPU_DEMAND_EDEFAULT);
				return;
			case SsiplanPackage.WORKLOAD_PROFILE__STATE_TRANSFER_SECONDS:
				unsetStateTransferSeconds();
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
			case SsiplanPackage.WORKLOAD_PROFILE__TOUCHED_STORAGE_MI_B:
				return touchedStorageMiB != TOUCHED_STORAGE_MI_B_EDEFAULT;
			case SsiplanPackage.WORKLOAD_PROFILE__DIRTY_PAGES_PER_SECOND:
				return dirtyPagesPerSecond != DIRTY_PAGES_PER_SECOND_EDEFAULT;
			case SsiplanPackage.WORKLOAD_PROFILE__WRITABLE_WORKING_SET_MI_B:
				return writableWorkingSetMiB != WRITABLE_WORKING_SET_MI_B_EDEFAULT;
			case SsiplanPackage.WORKLOAD_PROFILE__CPU_DEMAND:
				return cpuDemand != CPU_DEMAND_EDEFAULT;
			case SsiplanPackage.WORKLOAD_PROFILE__STATE_TRANSFER_SECONDS:
				return isSetStateTransferSeconds();
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
		result.append(" (touchedStorageMiB: ");
		result.append(touchedStorageMiB);
		result.append(", dirtyPagesPerSecond: ");
		result.append(dirtyPagesPerSecond);
		result.append(", writableWorkingSetMiB: ");
		result.append(writableWorkingSetMiB);
		result.append(", cpuDemand: ");
		result.append(cpuDemand);
		result.append(", stateTransferSeconds: ");
		if (stateTransferSecondsESet) result.append(stateTransferSeconds); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //WorkloadProfileImpl
